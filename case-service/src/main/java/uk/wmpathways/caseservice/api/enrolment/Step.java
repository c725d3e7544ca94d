package uk.wmpathways.caseservice.api.enrolment;

/** The steps a caseworker can record on an enrolment; {@code pathway} is null for steps of every pathway. */
public enum Step {
    ASSESS_HOUSING_FIRST_ELIGIBILITY(Pathway.HOUSING_FIRST, "Assess eligibility"),
    START_TENANCY(Pathway.HOUSING_FIRST, "Start a tenancy"),
    RECORD_TENANCY_SUSTAINMENT_CHECK(Pathway.HOUSING_FIRST, "Record a tenancy sustainment check"),
    END_TENANCY(Pathway.HOUSING_FIRST, "End the tenancy"),
    PLACE_IN_EMERGENCY_ACCOMMODATION(Pathway.ROUGH_SLEEPING_INITIATIVE, "Place in emergency accommodation"),
    RECORD_MOVE_ON(Pathway.ROUGH_SLEEPING_INITIATIVE, "Record a move-on"),
    RECORD_RETURN_TO_ROUGH_SLEEPING(Pathway.ROUGH_SLEEPING_INITIATIVE, "Record a return to rough sleeping"),
    RECORD_ELIGIBILITY_AND_CONSENT(Pathway.THRIVE_INTO_WORK, "Record eligibility and consent"),
    ALLOCATE_TRIAL_ARM(Pathway.THRIVE_INTO_WORK, "Allocate a trial arm"),
    COMPLETE_VOCATIONAL_PROFILE(Pathway.THRIVE_INTO_WORK, "Complete the vocational profile"),
    RECORD_EMPLOYER_CONTACT(Pathway.THRIVE_INTO_WORK, "Record an employer contact"),
    RECORD_JOB_START(Pathway.THRIVE_INTO_WORK, "Record a job start"),
    RECORD_JOB_SUSTAINMENT_CHECK(Pathway.THRIVE_INTO_WORK, "Record a job sustainment check"),
    END_JOB(Pathway.THRIVE_INTO_WORK, "End a job"),
    CORRECT_JOB_START(Pathway.THRIVE_INTO_WORK, "Correct a job start"),
    LOG_CONTACT(null, "Log a contact"),
    ASSIGN_WORKER(null, "Assign a worker"),
    TRANSFER(null, "Transfer to another organisation"),
    CLOSE(null, "Close the enrolment"),
    REOPEN(null, "Re-open the enrolment");

    private final Pathway pathway;
    private final String label;

    Step(Pathway pathway, String label) {
        this.pathway = pathway;
        this.label = label;
    }

    /** The pathway the step belongs to, or null when it belongs to every pathway. */
    public Pathway pathway() {
        return pathway;
    }

    public String label() {
        return label;
    }

    public boolean appliesTo(Pathway enrolmentPathway) {
        return pathway == null || pathway == enrolmentPathway;
    }
}
