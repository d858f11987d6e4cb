/**
 * The code examples of the public javadoc and the docs, as compiled source: each region between
 * {@code // [START name]} and {@code // [END name]} is copied, marked, into the documentation, and
 * {@code DocumentationSnippetsTest} checks that the copies are current. The methods are compiled, not
 * run; their parameters stand for what an example takes from its surroundings.
 */
package io.sharedo.export.examples.snippets;
