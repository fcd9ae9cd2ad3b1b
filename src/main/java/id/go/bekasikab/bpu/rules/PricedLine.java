package id.go.bekasikab.bpu.rules;

/** One programme's contribution for one month: the undiscounted amount, the discount, and what is charged. */
public record PricedLine(Programme programme, long gross, long discount, long net) {

    public PricedLine {
        if (gross < 0 || discount < 0 || discount > gross || net != gross - discount) {
            throw new IllegalArgumentException("inconsistent line " + gross + " - " + discount + " != " + net);
        }
    }
}
