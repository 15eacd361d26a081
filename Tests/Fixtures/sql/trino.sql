WITH texts AS (
SELECT CAST("zip" AS VARCHAR) AS t0,
  CAST("birth_date" AS VARCHAR) AS t1,
  CAST("age" AS VARCHAR) AS t2,
  CAST("gender" AS VARCHAR) AS t3,
  coalesce(CAST("membership_tier" AS VARCHAR), '') AS v0
FROM "members" AS source
),
generalized AS (
SELECT CASE WHEN t0 IN ('N/A') THEN t0 ELSE substr(t0, 1, 3) END AS q0,
  CASE WHEN t1 IN ('N/A') THEN t1 ELSE CASE WHEN NOT (coalesce(regexp_extract(t1, '^([0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?)?)$'), '') = t1) THEN t1 WHEN CAST(substr(t1, 6, 2) AS BIGINT) NOT BETWEEN 1 AND 12 THEN t1 WHEN CAST(substr(t1, 9, 2) AS BIGINT) NOT BETWEEN 1 AND CASE WHEN CAST(substr(t1, 6, 2) AS BIGINT) = 2 THEN CASE WHEN (mod(CAST(substr(t1, 1, 4) AS BIGINT), 4) = 0 AND (mod(CAST(substr(t1, 1, 4) AS BIGINT), 100) <> 0 OR mod(CAST(substr(t1, 1, 4) AS BIGINT), 400) = 0)) THEN 29 ELSE 28 END WHEN CAST(substr(t1, 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN t1 WHEN length(t1) = 10 THEN substr(t1, 1, 4) WHEN CAST(substr(t1, 12, 2) AS BIGINT) > 23 OR CAST(substr(t1, 15, 2) AS BIGINT) > 59 OR CAST(substr(t1, 18, 2) AS BIGINT) > 60 THEN t1 WHEN substr(t1, length(t1) - 5, 1) IN ('+', '-') THEN CASE WHEN CAST(substr(t1, length(t1) - 4, 2) AS BIGINT) <= 23 AND CAST(substr(t1, length(t1) - 1, 2) AS BIGINT) <= 59 THEN substr(t1, 1, 4) ELSE t1 END ELSE substr(t1, 1, 4) END END AS q1,
  CASE WHEN t2 IN ('N/A') THEN t2 ELSE CASE WHEN (coalesce(regexp_extract(t2, '^(-?[0-9]{1,18})$'), '') = t2) THEN CAST((CAST(t2 AS BIGINT) - mod(mod(CAST(t2 AS BIGINT), 10) + 10, 10)) AS VARCHAR) || '-' || CAST((CAST(t2 AS BIGINT) - mod(mod(CAST(t2 AS BIGINT), 10) + 10, 10)) + 9 AS VARCHAR) ELSE t2 END END AS q2,
  t3 AS q3,
  v0
FROM texts
),
records AS (
SELECT lower(to_hex(md5(to_utf8(coalesce(q0, '')))))
  || lower(to_hex(md5(to_utf8(coalesce(q1, '')))))
  || lower(to_hex(md5(to_utf8(coalesce(q2, '')))))
  || lower(to_hex(md5(to_utf8(coalesce(q3, ''))))) AS "key",
  CASE WHEN (q0 IS NULL OR q0 = '' OR q0 IN ('N/A')) THEN 1 ELSE 0 END
  + CASE WHEN (q1 IS NULL OR q1 = '' OR q1 IN ('N/A')) THEN 2 ELSE 0 END
  + CASE WHEN (q2 IS NULL OR q2 = '' OR q2 IN ('N/A')) THEN 4 ELSE 0 END
  + CASE WHEN (q3 IS NULL OR q3 = '' OR q3 IN ('N/A')) THEN 8 ELSE 0 END AS "missing",
  v0
FROM generalized
),
sensitive0 AS (
SELECT "key", "missing", v0 AS v, COUNT(*) AS n FROM records GROUP BY "key", "missing", v0
),
present0 AS (
SELECT DISTINCT v FROM sensitive0 WHERE NOT (v IS NULL OR v = '' OR v IN ('N/A'))
),
kind0 AS (
SELECT CASE WHEN COUNT(*) > 0 AND SUM(CASE WHEN (coalesce(regexp_extract(v, '^([+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$'), '') = v) THEN 0 ELSE 1 END) = 0 THEN 1 ELSE 0 END AS is_numeric FROM present0
),
ranks0 AS (
SELECT v, DENSE_RANK() OVER (ORDER BY CASE WHEN (coalesce(regexp_extract(v, '^([+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)$'), '') = v) THEN CAST(v AS DOUBLE) END) AS r FROM present0
)
SELECT "key", "missing", COUNT(*) AS "count", CAST(NULL AS VARCHAR) AS "sensitive", CAST(NULL AS VARCHAR) AS "value", CAST(NULL AS BIGINT) AS "rank"
FROM records
GROUP BY "key", "missing"
UNION ALL
SELECT s."key", s."missing", s.n AS "count", CAST('membership_tier' AS VARCHAR) AS "sensitive", lower(to_hex(md5(to_utf8(s.v)))) AS "value", CASE WHEN k.is_numeric = 1 THEN CAST(r.r AS BIGINT) END AS "rank"
FROM sensitive0 AS s CROSS JOIN kind0 AS k LEFT JOIN ranks0 AS r ON s.v = r.v;

WITH texts AS (
SELECT CAST("zip" AS VARCHAR) AS t0,
  CAST("birth_date" AS VARCHAR) AS t1,
  CAST("age" AS VARCHAR) AS t2,
  CAST("gender" AS VARCHAR) AS t3,
  CAST("member_id" AS VARCHAR) AS id_text
FROM "members" AS source
),
generalized AS (
SELECT CASE WHEN t0 IN ('N/A') THEN t0 ELSE substr(t0, 1, 3) END AS q0,
  CASE WHEN t1 IN ('N/A') THEN t1 ELSE CASE WHEN NOT (coalesce(regexp_extract(t1, '^([0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?)?)$'), '') = t1) THEN t1 WHEN CAST(substr(t1, 6, 2) AS BIGINT) NOT BETWEEN 1 AND 12 THEN t1 WHEN CAST(substr(t1, 9, 2) AS BIGINT) NOT BETWEEN 1 AND CASE WHEN CAST(substr(t1, 6, 2) AS BIGINT) = 2 THEN CASE WHEN (mod(CAST(substr(t1, 1, 4) AS BIGINT), 4) = 0 AND (mod(CAST(substr(t1, 1, 4) AS BIGINT), 100) <> 0 OR mod(CAST(substr(t1, 1, 4) AS BIGINT), 400) = 0)) THEN 29 ELSE 28 END WHEN CAST(substr(t1, 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN t1 WHEN length(t1) = 10 THEN substr(t1, 1, 4) WHEN CAST(substr(t1, 12, 2) AS BIGINT) > 23 OR CAST(substr(t1, 15, 2) AS BIGINT) > 59 OR CAST(substr(t1, 18, 2) AS BIGINT) > 60 THEN t1 WHEN substr(t1, length(t1) - 5, 1) IN ('+', '-') THEN CASE WHEN CAST(substr(t1, length(t1) - 4, 2) AS BIGINT) <= 23 AND CAST(substr(t1, length(t1) - 1, 2) AS BIGINT) <= 59 THEN substr(t1, 1, 4) ELSE t1 END ELSE substr(t1, 1, 4) END END AS q1,
  CASE WHEN t2 IN ('N/A') THEN t2 ELSE CASE WHEN (coalesce(regexp_extract(t2, '^(-?[0-9]{1,18})$'), '') = t2) THEN CAST((CAST(t2 AS BIGINT) - mod(mod(CAST(t2 AS BIGINT), 10) + 10, 10)) AS VARCHAR) || '-' || CAST((CAST(t2 AS BIGINT) - mod(mod(CAST(t2 AS BIGINT), 10) + 10, 10)) + 9 AS VARCHAR) ELSE t2 END END AS q2,
  t3 AS q3,
  id_text
FROM texts
),
records AS (
SELECT lower(to_hex(md5(to_utf8(coalesce(q0, '')))))
  || lower(to_hex(md5(to_utf8(coalesce(q1, '')))))
  || lower(to_hex(md5(to_utf8(coalesce(q2, '')))))
  || lower(to_hex(md5(to_utf8(coalesce(q3, ''))))) AS "key",
  CASE WHEN (q0 IS NULL OR q0 = '' OR q0 IN ('N/A')) THEN 1 ELSE 0 END
  + CASE WHEN (q1 IS NULL OR q1 = '' OR q1 IN ('N/A')) THEN 2 ELSE 0 END
  + CASE WHEN (q2 IS NULL OR q2 = '' OR q2 IN ('N/A')) THEN 4 ELSE 0 END
  + CASE WHEN (q3 IS NULL OR q3 = '' OR q3 IN ('N/A')) THEN 8 ELSE 0 END AS "missing",
  id_text AS "id"
FROM generalized
),
small AS (
SELECT "key", "missing" FROM records GROUP BY "key", "missing" HAVING COUNT(*) < 5
)
SELECT records."id", records."key", records."missing"
FROM records JOIN small ON records."key" = small."key" AND records."missing" = small."missing";
