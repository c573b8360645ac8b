/**
 * diplograph: diplomatic news to an RDF knowledge graph. {@link diplograph.Diplograph} is the
 * front door that wires the stages — read, analyse, extract, map, store — for the command line and
 * for programs; the stages live in the sub-packages named after them.
 */
package diplograph;
