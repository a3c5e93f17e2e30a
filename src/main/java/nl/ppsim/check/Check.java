package nl.ppsim.check;

/**
 * One rule applied to a plan: its id, verdict, the value found, the threshold it was held against,
 * and an explanation in Dutch with the numbers behind it (and its source where a regulation sets it).
 */
public record Check(String rule, Verdict verdict, String value, String threshold, String explanation) {
}
