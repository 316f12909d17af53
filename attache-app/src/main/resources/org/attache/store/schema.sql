-- Attaché store, schema version 1. Statements are separated by ';' at line ends.
CREATE TABLE IF NOT EXISTS attache_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
  id BIGINT PRIMARY KEY,
  command VARCHAR NOT NULL,
  inputs VARCHAR NOT NULL,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  status VARCHAR NOT NULL,
  read BIGINT, stored BIGINT, updated BIGINT, unchanged BIGINT, duplicates BIGINT,
  near_duplicates BIGINT, quarantined BIGINT);
CREATE TABLE IF NOT EXISTS documents (
  id VARCHAR PRIMARY KEY,
  url VARCHAR,
  source VARCHAR,
  title VARCHAR,
  subtitle VARCHAR,
  published DATE,
  published_basis VARCHAR NOT NULL,
  language VARCHAR,
  analysis VARCHAR NOT NULL,
  media_type VARCHAR NOT NULL,
  origin VARCHAR NOT NULL,
  raw BLOB NOT NULL,
  text VARCHAR NOT NULL,
  content_hash VARCHAR NOT NULL,
  fingerprint BIGINT NOT NULL,
  near_duplicate_of VARCHAR,
  near_duplicate_distance INTEGER,
  warnings VARCHAR NOT NULL,
  run_id BIGINT NOT NULL,
  ingested_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS duplicates (
  origin VARCHAR PRIMARY KEY,
  id VARCHAR NOT NULL,
  original_id VARCHAR NOT NULL,
  url VARCHAR,
  source VARCHAR,
  run_id BIGINT NOT NULL,
  seen_at TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS quarantine (
  origin VARCHAR PRIMARY KEY,
  input VARCHAR NOT NULL,
  stage VARCHAR NOT NULL,
  code VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  raw BLOB NOT NULL,
  content VARCHAR,
  media_type VARCHAR,
  metadata VARCHAR,
  attempts INTEGER NOT NULL,
  run_id BIGINT NOT NULL,
  quarantined_at TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS annotations (
  document_id VARCHAR PRIMARY KEY,
  content_hash VARCHAR NOT NULL,
  config VARCHAR NOT NULL,
  annotation VARCHAR NOT NULL,
  run_id BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS actor_mentions (
  document_id VARCHAR NOT NULL,
  ordinal INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  country VARCHAR,
  sector VARCHAR,
  name VARCHAR,
  title VARCHAR,
  actor_id VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  PRIMARY KEY (document_id, ordinal));
