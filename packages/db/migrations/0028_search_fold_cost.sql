-- search_fold (0006) is PL/pgSQL: ~3–12 µs a call, which the planner took for 0.25 µs (COST 100), so
-- the search box's look-up of buildings, clients and services filtered every row of the organization
-- through it (825 clients: 3–10 ms) instead of reading their trigram indexes on search_fold(...)
-- (0.1–1 ms). It stays PL/pgSQL: an SQL body would be inlined, and the inlined expression no longer
-- matches those indexes.
ALTER FUNCTION search_fold(text) COST 1000;
