package uk.wmpathways.caseservice.api.enrolment;

import uk.wmpathways.caseservice.api.LocalAuthority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an enrolment's events add up to: its stage, what is running (tenancy, placement, jobs), which steps it
 * allows next and what is due. A pure fold of the events ({@link #apply}), used by the enrolment aggregate to
 * decide and by the read side to offer only the steps that are allowed, so that the two never disagree.
 * <p>
 * Kept mutable and with plain fields so that it serialises as it is (snapshots, read models).
 */
public final class EnrolmentState {

    public static final List<Integer> TENANCY_CHECK_MONTHS = List.of(6, 12, 24);
    public static final List<Integer> JOB_CHECK_WEEKS = List.of(13, 26);
    public static final int FIRST_EMPLOYER_CONTACT_WITHIN_DAYS = 30;
    public static final int NO_CONTACT_AFTER_DAYS = 28;

    /**
     * A tenancy or a job, with the sustainment checkpoints recorded for it; a job also with its hours a week and
     * hourly pay as last recorded (null for a tenancy, and for a job folded before they were kept).
     */
    public static final class Held {
        private String id;
        private String description;
        private LocalDate startedOn;
        private LocalDate endedOn;
        private TreeSet<Integer> checksDone = new TreeSet<>();
        // Kept as text: every store of this state (snapshots, read models) then keeps them exactly as recorded,
        // whichever way it would map a decimal number.
        private String hoursPerWeek;
        private String hourlyPay;

        Held() {
        }

        Held(String id, String description, LocalDate startedOn) {
            this.id = id;
            this.description = description;
            this.startedOn = startedOn;
        }

        public String id() {
            return id;
        }

        public String description() {
            return description;
        }

        public LocalDate startedOn() {
            return startedOn;
        }

        public LocalDate endedOn() {
            return endedOn;
        }

        public boolean isRunning() {
            return endedOn == null;
        }

        public Set<Integer> checksDone() {
            return Set.copyOf(checksDone);
        }

        /** A job's hours a week as last recorded; null for a tenancy, or when not known. */
        public BigDecimal hoursPerWeek() {
            return hoursPerWeek == null ? null : new BigDecimal(hoursPerWeek);
        }

        /** A job's hourly pay (pounds) as last recorded; null for a tenancy, or when not known. */
        public BigDecimal hourlyPay() {
            return hourlyPay == null ? null : new BigDecimal(hourlyPay);
        }

        private void recordTerms(BigDecimal hours, BigDecimal pay) {
            hoursPerWeek = hours == null ? null : hours.toPlainString();
            hourlyPay = pay == null ? null : pay.toPlainString();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Held held && Objects.equals(id, held.id)
                    && Objects.equals(description, held.description) && Objects.equals(startedOn, held.startedOn)
                    && Objects.equals(endedOn, held.endedOn) && checksDone.equals(held.checksDone)
                    && Objects.equals(hoursPerWeek, held.hoursPerWeek) && Objects.equals(hourlyPay, held.hourlyPay);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, startedOn);
        }

        /** Checkpoints not recorded yet and later than every one recorded (an earlier one is then moot). */
        public List<Integer> outstandingChecks(List<Integer> checkpoints) {
            int latestDone = checksDone.isEmpty() ? 0 : checksDone.last();
            return checkpoints.stream().filter(point -> point > latestDone).toList();
        }
    }

    private String enrolmentId;
    private String participantId;
    private Pathway pathway;
    private Stage stage;
    private Stage stageBeforeClosure;
    private LocalDate startedOn;
    private String providerOrganisation;
    private LocalAuthority localAuthority;
    private FundingStream fundingStream;
    private String assignedWorker;
    private LocalDate lastContactOn;
    private LocalDate closedOn;
    private ExitReason exitReason;
    // Housing First
    private Held tenancy;
    // Rough Sleeping Initiative
    private LocalDate movedOnOn;
    // Thrive into Work
    private LocalDate enrolledOn;
    private TrialArm trialArm;
    private LocalDate vocationalProfileCompletedOn;
    private LocalDate firstFaceToFaceEmployerContactOn;
    private LinkedHashMap<String, Held> jobs = new LinkedHashMap<>();
    /** Client request id -> the id it produced (the enrolment, tenancy, job, contact...). */
    private LinkedHashMap<String, String> handledRequests = new LinkedHashMap<>();

    public EnrolmentState() {
    }

    /** Folds one more event in. Events of other enrolments must not be given. */
    public EnrolmentState apply(EnrolmentEvent event) {
        String result = enrolmentId;
        if (event instanceof EnrolmentStartedEvent started) {
            enrolmentId = started.enrolmentId();
            participantId = started.participantId();
            providerOrganisation = started.providerOrganisation();
            localAuthority = started.localAuthority();
            fundingStream = started.fundingStream();
            pathway = started.fundingStream().pathway();
            assignedWorker = started.assignedWorker();
            result = enrolmentId;
        }
        if (event instanceof ReferredToHousingFirst e) {
            startedOn = e.referredOn();
            stage = Stage.REFERRED;
        } else if (event instanceof HousingFirstEligibilityAssessed e) {
            if (e.accepted()) {
                stage = Stage.ACCEPTED;
            }
        } else if (event instanceof TenancyStarted e) {
            tenancy = new Held(e.tenancyId(), e.property(), e.startedOn());
            stage = Stage.HOUSED;
            result = e.tenancyId();
        } else if (event instanceof TenancySustainmentChecked e) {
            if (tenancy != null && tenancy.id.equals(e.tenancyId())) {
                tenancy.checksDone.add(e.monthsAfterStart());
            }
        } else if (event instanceof TenancyEnded e) {
            if (tenancy != null && tenancy.id.equals(e.tenancyId())) {
                tenancy.endedOn = e.endedOn();
            }
            stage = Stage.TENANCY_ENDED;
        } else if (event instanceof OutreachContactMade e) {
            startedOn = e.contactedOn();
            lastContactOn = e.contactedOn();
            stage = Stage.CONTACTED;
        } else if (event instanceof EmergencyAccommodationPlaced e) {
            stage = Stage.IN_EMERGENCY_ACCOMMODATION;
            result = e.placementId();
        } else if (event instanceof MovedOn e) {
            movedOnOn = e.movedOn();
            stage = Stage.MOVED_ON;
        } else if (event instanceof ReturnedToRoughSleeping) {
            stage = Stage.RETURNED_TO_ROUGH_SLEEPING;
        } else if (event instanceof ReferredToThriveIntoWork e) {
            startedOn = e.referredOn();
            stage = Stage.REFERRED;
        } else if (event instanceof EligibilityAndConsentRecorded e) {
            if (e.eligible() && e.consentGiven()) {
                enrolledOn = e.recordedOn();
                stage = Stage.ENROLLED;
            }
        } else if (event instanceof TrialArmAllocated e) {
            trialArm = e.arm();
            stage = Stage.LOOKING_FOR_WORK;
        } else if (event instanceof VocationalProfileCompleted e) {
            vocationalProfileCompletedOn = e.completedOn();
        } else if (event instanceof EmployerContactMade e) {
            if (e.faceToFace() && firstFaceToFaceEmployerContactOn == null) {
                firstFaceToFaceEmployerContactOn = e.contactedOn();
            }
            result = e.employerContactId();
        } else if (event instanceof JobStarted e) {
            Held job = new Held(e.jobId(), e.jobTitle() + ", " + e.employer(), e.startedOn());
            job.recordTerms(e.hoursPerWeek(), e.hourlyPay());
            jobs.put(e.jobId(), job);
            stage = Stage.IN_WORK;
            result = e.jobId();
        } else if (event instanceof JobStartCorrected e) {
            Optional.ofNullable(jobs.get(e.jobId())).ifPresent(job -> {
                job.startedOn = e.startedOn();
                job.recordTerms(e.hoursPerWeek(), e.hourlyPay());
            });
        } else if (event instanceof JobSustainmentChecked e) {
            Optional.ofNullable(jobs.get(e.jobId())).ifPresent(job -> job.checksDone.add(e.weeksAfterStart()));
        } else if (event instanceof JobEnded e) {
            Optional.ofNullable(jobs.get(e.jobId())).ifPresent(job -> job.endedOn = e.endedOn());
            stage = currentJobs().isEmpty() ? Stage.LOOKING_FOR_WORK : Stage.IN_WORK;
        } else if (event instanceof WorkerAssigned e) {
            assignedWorker = e.worker();
        } else if (event instanceof EnrolmentTransferred e) {
            providerOrganisation = e.toOrganisation();
            assignedWorker = e.worker();
        } else if (event instanceof ContactLogged e) {
            if (e.type() != ContactType.ATTEMPTED && (lastContactOn == null || e.contactedOn().isAfter(lastContactOn))) {
                lastContactOn = e.contactedOn();
            }
            result = e.contactId();
        } else if (event instanceof EnrolmentClosed e) {
            stageBeforeClosure = stage;
            stage = Stage.CLOSED;
            closedOn = e.closedOn();
            exitReason = e.reason();
        } else if (event instanceof EnrolmentReopened e) {
            stage = stageBeforeClosure;
            stageBeforeClosure = null;
            closedOn = null;
            exitReason = null;
            // The clock for "no contact" restarts when the enrolment is picked up again.
            lastContactOn = lastContactOn == null || e.reopenedOn().isAfter(lastContactOn) ? e.reopenedOn() : lastContactOn;
        }
        if (event.requestId() != null && !handledRequests.containsKey(event.requestId())) {
            handledRequests.put(event.requestId(), result);
        }
        return this;
    }

    /** The id a request produced, when a request with this id was handled already. */
    public Optional<String> resultOfRequest(String requestId) {
        return requestId == null ? Optional.empty() : Optional.ofNullable(handledRequests.get(requestId));
    }

    public boolean isClosed() {
        return stage == Stage.CLOSED;
    }

    /** The steps the enrolment allows now, in {@link Step} order. */
    public Set<Step> allowedSteps() {
        Set<Step> allowed = EnumSet.noneOf(Step.class);
        for (Step step : Step.values()) {
            if (whyNot(step).isEmpty()) {
                allowed.add(step);
            }
        }
        return allowed;
    }

    /** Throws {@link StepNotAllowedException} with the reason when the step is not allowed now. */
    public void requireAllowed(Step step) {
        whyNot(step).ifPresent(reason -> {
            throw new StepNotAllowedException(step, reason);
        });
    }

    /** Why the step is not allowed now, in words a caseworker can act on; empty when it is allowed. */
    public Optional<String> whyNot(Step step) {
        if (!step.appliesTo(pathway)) {
            return Optional.of("\"" + step.label() + "\" belongs to " + step.pathway().label()
                    + "; this is a " + pathway.label() + " enrolment");
        }
        if (step == Step.REOPEN) {
            return isClosed() ? Optional.empty() : Optional.of("Only a closed enrolment can be re-opened");
        }
        if (isClosed()) {
            return Optional.of("This enrolment is closed; re-open it to record anything new");
        }
        return switch (step) {
            case ASSESS_HOUSING_FIRST_ELIGIBILITY -> unless(stage == Stage.REFERRED,
                    "Eligibility has already been assessed");
            case START_TENANCY -> stage == Stage.REFERRED
                    ? Optional.of("A tenancy can start only after the Housing First referral is accepted")
                    : unless(stage != Stage.HOUSED, "A tenancy is already running; end it before starting another");
            case RECORD_TENANCY_SUSTAINMENT_CHECK -> stage != Stage.HOUSED
                    ? Optional.of("There is no running tenancy to check")
                    : unless(!tenancy.outstandingChecks(TENANCY_CHECK_MONTHS).isEmpty(),
                    "Every sustainment check of this tenancy has been recorded");
            case END_TENANCY -> unless(stage == Stage.HOUSED, "There is no running tenancy to end");
            case PLACE_IN_EMERGENCY_ACCOMMODATION -> unless(stage != Stage.MOVED_ON,
                    "The person has moved on; record a return to rough sleeping before a new placement");
            case RECORD_MOVE_ON -> unless(stage != Stage.MOVED_ON,
                    "A move-on is already recorded; record a return to rough sleeping before another move-on");
            case RECORD_RETURN_TO_ROUGH_SLEEPING -> unless(
                    stage == Stage.IN_EMERGENCY_ACCOMMODATION || stage == Stage.MOVED_ON,
                    "A return to rough sleeping is recorded after a placement or a move-on");
            case RECORD_ELIGIBILITY_AND_CONSENT -> unless(stage == Stage.REFERRED,
                    "Eligibility and consent have already been recorded");
            case ALLOCATE_TRIAL_ARM -> stage == Stage.REFERRED
                    ? Optional.of("A trial arm is allocated only after eligibility and consent are recorded")
                    : unless(trialArm == null, "The trial arm has already been allocated; an allocation is permanent");
            case COMPLETE_VOCATIONAL_PROFILE -> trialArm != TrialArm.TREATMENT
                    ? ipsOnly("A vocational profile")
                    : unless(vocationalProfileCompletedOn == null, "The vocational profile is already completed");
            case RECORD_EMPLOYER_CONTACT -> trialArm != TrialArm.TREATMENT
                    ? ipsOnly("Employer contact") : Optional.empty();
            case RECORD_JOB_START -> unless(trialArm != null,
                    "A job start can be recorded only after a trial arm is allocated");
            case RECORD_JOB_SUSTAINMENT_CHECK -> unless(currentJobs().stream()
                            .anyMatch(job -> !job.outstandingChecks(JOB_CHECK_WEEKS).isEmpty()),
                    "No current job has a sustainment check outstanding");
            case END_JOB -> unless(!currentJobs().isEmpty(), "There is no current job to end");
            case CORRECT_JOB_START -> unless(!jobs.isEmpty(), "No job has been recorded, so there is none to correct");
            case LOG_CONTACT, ASSIGN_WORKER, TRANSFER, CLOSE, REOPEN -> Optional.empty();
        };
    }

    private Optional<String> ipsOnly(String what) {
        return Optional.of(trialArm == null
                ? what + " comes after the trial arm is allocated"
                : what + " is part of IPS support; this participant is in the control arm (usual care)");
    }

    private static Optional<String> unless(boolean allowed, String reason) {
        return allowed ? Optional.empty() : Optional.of(reason);
    }

    /** Everything due on this enrolment, soonest first; nothing when it is closed. */
    public List<DueItem> dueItems() {
        List<DueItem> due = new ArrayList<>();
        if (isClosed() || stage == null) {
            return due;
        }
        if (tenancy != null && tenancy.isRunning()) {
            for (int months : tenancy.outstandingChecks(TENANCY_CHECK_MONTHS)) {
                due.add(new DueItem(DueItem.Kind.TENANCY_SUSTAINMENT_CHECK, tenancy.startedOn.plusMonths(months),
                        tenancy.id, Step.RECORD_TENANCY_SUSTAINMENT_CHECK, months + "-month tenancy sustainment check"));
            }
        }
        if (trialArm == TrialArm.TREATMENT && firstFaceToFaceEmployerContactOn == null && enrolledOn != null) {
            due.add(new DueItem(DueItem.Kind.FIRST_EMPLOYER_CONTACT,
                    enrolledOn.plusDays(FIRST_EMPLOYER_CONTACT_WITHIN_DAYS), null, Step.RECORD_EMPLOYER_CONTACT,
                    "First face-to-face employer contact (within " + FIRST_EMPLOYER_CONTACT_WITHIN_DAYS
                            + " days of enrolment)"));
        }
        for (Held job : currentJobs()) {
            for (int weeks : job.outstandingChecks(JOB_CHECK_WEEKS)) {
                due.add(new DueItem(DueItem.Kind.JOB_SUSTAINMENT_CHECK, job.startedOn.plusWeeks(weeks), job.id,
                        Step.RECORD_JOB_SUSTAINMENT_CHECK, weeks + "-week job sustainment check: " + job.description));
            }
        }
        LocalDate lastSeen = lastContactOn != null && lastContactOn.isAfter(startedOn) ? lastContactOn : startedOn;
        due.add(new DueItem(DueItem.Kind.NO_CONTACT, lastSeen.plusDays(NO_CONTACT_AFTER_DAYS), null, Step.LOG_CONTACT,
                "Contact (none for " + NO_CONTACT_AFTER_DAYS + " days)"));
        due.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::kind));
        return due;
    }

    public List<Held> currentJobs() {
        return jobs.values().stream().filter(Held::isRunning).toList();
    }

    /** Every job recorded, ended ones included, in the order they were recorded. */
    public List<Held> allJobs() {
        return List.copyOf(jobs.values());
    }

    public Optional<Held> job(String jobId) {
        return Optional.ofNullable(jobId == null ? null : jobs.get(jobId));
    }

    /** The running tenancy, if any. */
    public Optional<Held> currentTenancy() {
        return Optional.ofNullable(tenancy).filter(Held::isRunning);
    }

    public String enrolmentId() {
        return enrolmentId;
    }

    public String participantId() {
        return participantId;
    }

    public Pathway pathway() {
        return pathway;
    }

    public Stage stage() {
        return stage;
    }

    /** The referral date (HF, TiW) or the date outreach first made contact (RSI). */
    public LocalDate startedOn() {
        return startedOn;
    }

    public String providerOrganisation() {
        return providerOrganisation;
    }

    public LocalAuthority localAuthority() {
        return localAuthority;
    }

    public FundingStream fundingStream() {
        return fundingStream;
    }

    public String assignedWorker() {
        return assignedWorker;
    }

    /** The last contact that reached the person (attempts do not count), or null. */
    public LocalDate lastContactOn() {
        return lastContactOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public ExitReason exitReason() {
        return exitReason;
    }

    public LocalDate movedOnOn() {
        return movedOnOn;
    }

    /** TiW: the day eligibility and consent were recorded, which is when the 30-day employer-contact clock starts. */
    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    public TrialArm trialArm() {
        return trialArm;
    }

    public LocalDate vocationalProfileCompletedOn() {
        return vocationalProfileCompletedOn;
    }

    public LocalDate firstFaceToFaceEmployerContactOn() {
        return firstFaceToFaceEmployerContactOn;
    }

    public Map<String, String> handledRequests() {
        return Map.copyOf(handledRequests);
    }
}
