/**
 * Actor knowledge: the project's own tables of countries, international organisations, role phrases
 * and office holders, and the loader and lookups an actor resolver uses to code a mention
 * ("Pakistan's Foreign Office", "Belarus Foreign Minister Sergei Aleinik") as a country and a
 * sector. The tables are bundled as TSV resources next to these classes and can be extended or
 * overridden by user files in the same formats (see docs/knowledge.md).
 */
package org.attache.actor;
