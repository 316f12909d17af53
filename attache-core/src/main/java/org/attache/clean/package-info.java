/**
 * Stage {@code clean}: from decoded content to the article's clean text, publication date and
 * language.
 */
package org.attache.clean;
