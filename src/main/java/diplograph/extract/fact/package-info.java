/**
 * Facts: resolved mentions in, {@link diplograph.model.Fact}s out — contacts (meetings, calls,
 * visits, talks), offices held, messages, quotes, agreements, positions and talks between states,
 * each with the {@link diplograph.model.Evidence} of its sentence and rule.
 */
package diplograph.extract.fact;
