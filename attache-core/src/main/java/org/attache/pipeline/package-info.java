/**
 * From a source item to a stored document: the chain of clean stages, identifiers, fingerprints.
 */
package org.attache.pipeline;
