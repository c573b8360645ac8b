/**
 * Read stage: files and directories in, {@link diplograph.read.ReadOutcome}s out — an
 * {@link diplograph.model.Article} per good input, a one-line rejection per bad one.
 */
package diplograph.read;
