/**
 * Evaluation: a folder of articles with gold files in, precision, recall and F1 per kind of fact
 * out, with the misses and false hits behind them.
 */
package diplograph.eval;
