package uk.wmpathways.caseservice.api.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Common English short forms of given names, both ways: "Bill" and "William" are one name to the duplicate
 * check, and so are "Liz", "Beth" and "Elizabeth". Kept small on purpose: each entry is a likely alias, not a guess.
 */
public final class Nicknames {

    private static final List<List<String>> FAMILIES = List.of(
            List.of("william", "bill", "billy", "will", "willie", "liam"),
            List.of("elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "libby", "elisabeth"),
            List.of("robert", "bob", "bobby", "rob", "robbie", "bert"),
            List.of("richard", "rick", "ricky", "dick", "rich", "richie"),
            List.of("margaret", "maggie", "meg", "peggy", "madge", "margo"),
            List.of("james", "jim", "jimmy", "jamie"),
            List.of("john", "jack", "johnny", "jon"),
            List.of("jonathan", "jon", "jonny"),
            List.of("edward", "ed", "eddie", "ted", "teddy", "ned"),
            List.of("catherine", "kate", "katie", "cathy", "kath", "kathryn", "katherine", "kay"),
            List.of("anthony", "tony", "ant"),
            List.of("michael", "mike", "mick", "micky"),
            List.of("thomas", "tom", "tommy"),
            List.of("christopher", "chris", "kit"),
            List.of("christine", "chris", "chrissie", "tina"),
            List.of("daniel", "dan", "danny"),
            List.of("david", "dave", "davey"),
            List.of("stephen", "steve", "stevie", "steven"),
            List.of("joseph", "joe", "joey"),
            List.of("patricia", "pat", "patty", "trish", "tricia"),
            List.of("patrick", "pat", "paddy"),
            List.of("susan", "sue", "susie", "suzanne"),
            List.of("deborah", "debbie", "deb", "debra"),
            List.of("alexander", "alex", "sandy", "alec"),
            List.of("alexandra", "alex", "sandra", "lexi"),
            List.of("samuel", "sam", "sammy"),
            List.of("samantha", "sam", "sammy"),
            List.of("benjamin", "ben", "benny"),
            List.of("nicholas", "nick", "nicky"),
            List.of("victoria", "vicky", "tori"),
            List.of("rebecca", "becky", "becca"),
            List.of("jennifer", "jenny", "jen"),
            List.of("charles", "charlie", "chas", "chuck"),
            List.of("henry", "harry", "hal"),
            List.of("frederick", "fred", "freddie"),
            List.of("peter", "pete"),
            List.of("matthew", "matt", "matty"),
            List.of("andrew", "andy", "drew"),
            List.of("kenneth", "ken", "kenny"),
            List.of("ronald", "ron", "ronnie"),
            List.of("donald", "don", "donny"),
            List.of("gerald", "gerry", "jerry"),
            List.of("terence", "terry"),
            List.of("timothy", "tim", "timmy"),
            List.of("philip", "phil"),
            List.of("gregory", "greg"),
            List.of("lawrence", "larry", "laurie"),
            List.of("leonard", "len", "lenny"),
            List.of("abigail", "abby", "abi"),
            List.of("jacqueline", "jackie", "jacky"),
            List.of("josephine", "jo", "josie"),
            List.of("joanne", "jo", "joanna"),
            List.of("dorothy", "dot", "dotty", "dolly"),
            List.of("mary", "molly", "polly", "mae"),
            List.of("sarah", "sally", "sara"),
            List.of("helen", "nell", "nellie"),
            List.of("eleanor", "ellie", "nell", "elle"),
            List.of("jessica", "jess", "jessie"),
            List.of("amanda", "mandy"),
            List.of("pamela", "pam"),
            List.of("gillian", "gill", "jill"),
            List.of("frances", "fran", "fanny"),
            List.of("francis", "frank", "frankie"),
            List.of("dennis", "den"),
            List.of("raymond", "ray"),
            List.of("albert", "al", "bert", "albie"),
            List.of("alfred", "alf", "alfie"),
            List.of("harold", "harry", "hal"),
            List.of("nathaniel", "nathan", "nat"),
            List.of("zachary", "zach", "zak"),
            List.of("mohammed", "muhammad", "mohammad", "mohamed", "mo"));

    private static final Map<String, Set<String>> ALIASES = new HashMap<>();

    static {
        for (List<String> family : FAMILIES) {
            for (String name : family) {
                ALIASES.computeIfAbsent(name, key -> new HashSet<>()).addAll(family);
            }
        }
    }

    private Nicknames() {
    }

    /** True when the two (normalised) given names are one name or short forms of one name. */
    public static boolean sameName(String one, String other) {
        return one.equals(other) || ALIASES.getOrDefault(one, Set.of()).contains(other);
    }
}
