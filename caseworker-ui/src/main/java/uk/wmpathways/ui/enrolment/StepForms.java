package uk.wmpathways.ui.enrolment;

import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Step;

import java.util.function.Consumer;

/** The form of each step. */
final class StepForms {

    private StepForms() {
    }

    static StepDialog formFor(Step step, EnrolmentSummary enrolment, DueHint hint, FormServices services,
                              Consumer<EnrolmentSummary> show) {
        return switch (step) {
            case ASSESS_HOUSING_FIRST_ELIGIBILITY -> new AssessEligibilityDialog(services, enrolment, show);
            case START_TENANCY -> new StartTenancyDialog(services, enrolment, show);
            case RECORD_TENANCY_SUSTAINMENT_CHECK -> new TenancyCheckDialog(services, enrolment, hint, show);
            case END_TENANCY -> new EndTenancyDialog(services, enrolment, show);
            case PLACE_IN_EMERGENCY_ACCOMMODATION -> new PlaceInAccommodationDialog(services, enrolment, show);
            case RECORD_MOVE_ON -> new MoveOnDialog(services, enrolment, show);
            case RECORD_RETURN_TO_ROUGH_SLEEPING -> new ReturnToRoughSleepingDialog(services, enrolment, show);
            case RECORD_ELIGIBILITY_AND_CONSENT -> new EligibilityAndConsentDialog(services, enrolment, show);
            case ALLOCATE_TRIAL_ARM -> new AllocateTrialArmDialog(services, enrolment, show);
            case COMPLETE_VOCATIONAL_PROFILE -> new VocationalProfileDialog(services, enrolment, show);
            case RECORD_EMPLOYER_CONTACT -> new EmployerContactDialog(services, enrolment, show);
            case RECORD_JOB_START -> new JobStartDialog(services, enrolment, show);
            case RECORD_JOB_SUSTAINMENT_CHECK -> new JobCheckDialog(services, enrolment, hint, show);
            case END_JOB -> new EndJobDialog(services, enrolment, show);
            case CORRECT_JOB_START -> new CorrectJobStartDialog(services, enrolment, show);
            case LOG_CONTACT -> new LogContactDialog(services, enrolment, show);
            case ASSIGN_WORKER -> new AssignWorkerDialog(services, enrolment, show);
            case TRANSFER -> new TransferDialog(services, enrolment, show);
            case CLOSE -> new CloseEnrolmentDialog(services, enrolment, show);
            case REOPEN -> new ReopenEnrolmentDialog(services, enrolment, show);
        };
    }
}
