package uk.wmpathways.infra.security;

import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules for every password a person chooses (the first administrator's, a change of one's own, an
 * administrator's reset): 12 to 128 characters, not one of the 10,000 most common passwords (ignoring case),
 * not the username. Length and the deny-list are Passay's rules; the messages are ours, one per broken rule, in
 * words a person can act on. No rule about character classes: length and the deny-list are what stop guessing
 * (NIST SP 800-63B, NCSC password guidance), and composition rules only push people to "Password1!".
 * <p>
 * Demo accounts ({@code demo-pass-1}) never pass through here: they are written straight into the database.
 */
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** The deny-list and where it comes from: see the NOTICE file beside it. */
    static final String COMMON_PASSWORDS = "common-passwords-10k.txt";

    static final String TOO_SHORT = "Use at least " + MIN_LENGTH + " characters";
    static final String TOO_LONG = "Use at most " + MAX_LENGTH + " characters";
    static final String TOO_COMMON = "This is one of the most common passwords: choose one that others would not guess";
    static final String SAME_AS_USERNAME = "Must not be your username";
    static final String MISSING = "Enter a password";

    private final PasswordValidator rules;

    public PasswordPolicy() {
        this.rules = new PasswordValidator(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new DictionaryRule(new WordListDictionary(commonPasswords())));
    }

    /** What is wrong with {@code password} for the account {@code username}; empty when it may be used. */
    public List<String> problems(String username, String password) {
        if (password == null || password.isEmpty()) {
            return List.of(MISSING);
        }
        Set<String> problems = new LinkedHashSet<>();
        RuleResult result = rules.validate(new PasswordData(password));
        for (RuleResultDetail detail : result.getDetails()) {
            problems.add(message(detail.getErrorCode()));
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            problems.add(SAME_AS_USERNAME);
        }
        return new ArrayList<>(problems);
    }

    private static String message(String errorCode) {
        if (LengthRule.ERROR_CODE_MIN.equals(errorCode)) {
            return TOO_SHORT;
        }
        if (LengthRule.ERROR_CODE_MAX.equals(errorCode)) {
            return TOO_LONG;
        }
        // DictionaryRule's code (a reversed match is off by default, but would mean the same to a person).
        return TOO_COMMON;
    }

    /** The bundled list, compared ignoring case ("PASSWORD" is as common as "password"). */
    private static ArrayWordList commonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("The deny-list " + COMMON_PASSWORDS + " is missing from the build");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                List<String> words = new ArrayList<>();
                WordLists.readWords(reader, words);
                String[] lowerCase = words.stream().map(word -> word.toLowerCase(Locale.ROOT)).distinct()
                        .toArray(String[]::new);
                return new ArrayWordList(lowerCase, false, new ArraysSort());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
