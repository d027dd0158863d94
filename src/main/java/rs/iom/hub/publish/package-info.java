/**
 * The publish stage: hub's output folder, written only when hub owns it, by one build at a time, and changed in a way
 * that survives a killed process ({@link rs.iom.hub.publish.OutputFolder}).
 */
package rs.iom.hub.publish;
