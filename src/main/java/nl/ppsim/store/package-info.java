/**
 * The shared server's database: accounts, workspaces (one per PPS) with their members, plans with
 * every saved version, invitations and the audit log, in embedded H2 or in PostgreSQL, with schema
 * migrations by Flyway and queries through Jdbi. Numbers and ids only: no words for people.
 */
package nl.ppsim.store;
