package uk.wmpathways.caseservice.api.referral;

import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.RecordOutreachContact;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.StartEnrolmentCommand;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the start step of the referral's pathway needs beyond what the referral already says (participant,
 * pathway, receiving organisation): the fields of {@link ReferToHousingFirst}, {@link RecordOutreachContact} or
 * {@link ReferToThriveIntoWork}. {@code source} is the code of the pathway's referral source. A funding stream
 * left empty is the pathway's only one, when it has one.
 */
public record StartDetails(LocalAuthority localAuthority,
                           FundingStream fundingStream,
                           String assignedWorker,
                           String source,
                           String referrerOdsCode,
                           LocalDate referredOn,
                           LocalDate contactedOn,
                           String location,
                           Boolean verifiedRoughSleeper) {

    /** The pathway's start command for the receiving organisation, in {@code recordedBy}'s name. */
    public StartEnrolmentCommand command(Pathway pathway, String enrolmentId, String participantId,
                                         String providerOrganisation, String recordedBy) {
        FundingStream stream = fundingStream != null ? fundingStream : onlyStreamOf(pathway);
        return switch (pathway) {
            case HOUSING_FIRST -> new ReferToHousingFirst(enrolmentId, participantId, providerOrganisation,
                    localAuthority, stream, assignedWorker, source(HousingFirstReferralSource.class), referredOn,
                    null, recordedBy);
            case ROUGH_SLEEPING_INITIATIVE -> new RecordOutreachContact(enrolmentId, participantId,
                    providerOrganisation, localAuthority, stream, assignedWorker, contactedOn, location,
                    Boolean.TRUE.equals(verifiedRoughSleeper), null, recordedBy);
            case THRIVE_INTO_WORK -> new ReferToThriveIntoWork(enrolmentId, participantId, providerOrganisation,
                    localAuthority, stream, assignedWorker, source(ThriveIntoWorkReferralSource.class),
                    referrerOdsCode, referredOn, null, recordedBy);
        };
    }

    /** The details a start form filled in, for accepting a referral with them. */
    public static StartDetails of(StartEnrolmentCommand start) {
        if (start instanceof ReferToHousingFirst hf) {
            return new StartDetails(hf.localAuthority(), hf.fundingStream(), hf.assignedWorker(), name(hf.source()),
                    null, hf.referredOn(), null, null, null);
        }
        if (start instanceof RecordOutreachContact rsi) {
            return new StartDetails(rsi.localAuthority(), rsi.fundingStream(), rsi.assignedWorker(), null, null,
                    null, rsi.contactedOn(), rsi.location(), rsi.verifiedRoughSleeper());
        }
        ReferToThriveIntoWork tiw = (ReferToThriveIntoWork) start;
        return new StartDetails(tiw.localAuthority(), tiw.fundingStream(), tiw.assignedWorker(), name(tiw.source()),
                tiw.referrerOdsCode(), tiw.referredOn(), null, null, null);
    }

    /** The pathway a start command starts. */
    public static Pathway pathwayOf(StartEnrolmentCommand start) {
        if (start instanceof ReferToHousingFirst) {
            return Pathway.HOUSING_FIRST;
        }
        return start instanceof RecordOutreachContact ? Pathway.ROUGH_SLEEPING_INITIATIVE : Pathway.THRIVE_INTO_WORK;
    }

    private <E extends Enum<E>> E source(Class<E> codes) {
        if (source == null || source.isBlank()) {
            return null; // the start's own rules say that it is required
        }
        Optional<E> code = Arrays.stream(codes.getEnumConstants())
                .filter(c -> c.name().equals(source.trim().toUpperCase(Locale.ROOT)))
                .findFirst();
        return code.orElseThrow(() -> new InvalidCommandException(List.of(new FieldProblem("source",
                "Referral source must be one of " + Arrays.stream(codes.getEnumConstants()).map(Enum::name)
                        .collect(Collectors.joining(", "))))));
    }

    private static FundingStream onlyStreamOf(Pathway pathway) {
        List<FundingStream> streams = Arrays.stream(FundingStream.values())
                .filter(stream -> stream.pathway() == pathway).toList();
        return streams.size() == 1 ? streams.get(0) : null;
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }
}
