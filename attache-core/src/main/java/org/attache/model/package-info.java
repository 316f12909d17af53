/**
 * The records every stage passes on: where an item came from, what is known of it, and why it was
 * rejected. Records validate themselves and name the offending values in their messages.
 */
package org.attache.model;
