package diplograph.read;

/** Thrown inside the read stage when an input item cannot become an article; becomes a Rejected. */
final class InputProblem extends Exception {

    private final RejectReason reason;

    InputProblem(RejectReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    RejectReason reason() {
        return reason;
    }
}
