/**
 * {@code ppsim serve}: the local web server, its page and JSON API, and the rewriting of the user's
 * YAML by the form (docs/web.md).
 */
package nl.ppsim.web;
