package uk.wmpathways.caseservice.api.enrolment;

/**
 * A step on an existing enrolment.
 * <ul>
 *   <li>{@code requestId}: optional, chosen by the client; sending the same command again with the same id
 *       records nothing new and answers as the first time did.</li>
 *   <li>{@code expectedVersion}: optional; the enrolment's version the client saw
 *       ({@code EnrolmentSummary.version}). When the enrolment has changed since, the step is rejected
 *       ({@link StaleEnrolmentVersionException}).</li>
 *   <li>{@code recordedBy}: the username of the person recording it.</li>
 * </ul>
 */
public interface EnrolmentCommand {

    String enrolmentId();

    String requestId();

    Long expectedVersion();

    String recordedBy();
}
