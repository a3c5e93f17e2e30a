/**
 * {@code ppsim serve --shared}: the shared server for a PPS's partners and its reviewers. Javalin on
 * Jetty carries the same page and API as the local server ({@code web.Endpoints}) for signed-in
 * users, and adds accounts, workspaces with roles, and plans with every saved version in the
 * database ({@code store}). docs/server.md says how to run it.
 */
package nl.ppsim.server;
