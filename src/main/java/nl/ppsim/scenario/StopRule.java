package nl.ppsim.scenario;

/**
 * The handbook's "test, and stop what does not work": a model stops when its contribution margin
 * (revenue - costs, and with {@code afterOverhead} also minus the shared overhead allocated to it)
 * stays below {@code marginBelow} for {@code years} consecutive years after its ramp-up; from the
 * next year its flows stop and {@code windDownCost} is paid once.
 */
public record StopRule(double marginBelow, int years, double windDownCost, boolean afterOverhead) {}
