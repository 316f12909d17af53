/**
 * Fusion: many reports of one event become one event. {@link org.attache.fusion.EventFuser} groups
 * event mentions (with their evidence) from the same and from different documents into clusters,
 * recording for every merge its reason and score; docs/fusion.md describes the algorithm.
 */
package org.attache.fusion;
