-- wasit's SQLite schema. Offsets are character offsets into articles.clean_text, except
-- removed spans (articles.removed_json), which are offsets into articles.raw_text.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id            INTEGER PRIMARY KEY,
    hash          TEXT NOT NULL UNIQUE,      -- hash of the normalised text (+ url)
    doc_id        TEXT NOT NULL,             -- the first input doc_id seen for this text
    title         TEXT,
    url           TEXT,
    source        TEXT,                      -- outlet
    pub_date      TEXT,                      -- ISO date or NULL
    origin        TEXT,                      -- file:line it was first read from
    raw_text      TEXT NOT NULL,
    clean_text    TEXT NOT NULL,
    removed_json  TEXT NOT NULL DEFAULT '[]',
    clean_map_json TEXT NOT NULL DEFAULT '[]',
    coded_at      TEXT NOT NULL,
    wasit_version TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_pub_date ON articles(pub_date);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);

-- Every input document's own id, mapped to the stored article (two inputs may share a text).
CREATE TABLE IF NOT EXISTS inputs (
    doc_id     TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    origin     TEXT,
    PRIMARY KEY (doc_id, article_id)
);
CREATE INDEX IF NOT EXISTS inputs_article ON inputs(article_id);

CREATE TABLE IF NOT EXISTS sentences (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS mentions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,            -- index in the document's mention list
    sentence    INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    code        TEXT NOT NULL,               -- CCC or CCC:SEC
    country     TEXT NOT NULL,
    sector      TEXT,
    name        TEXT,                        -- canonical English name, if a named actor
    kind        TEXT NOT NULL,
    actor_id    TEXT,                        -- knowledge-base id, if resolved to one
    resolved_by TEXT NOT NULL,
    antecedent  INTEGER                      -- idx of the mention this one refers to
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor_id);
CREATE INDEX IF NOT EXISTS mentions_code ON mentions(code);

CREATE TABLE IF NOT EXISTS events (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,           -- index in the document's event list
    type         TEXT NOT NULL,              -- PLOVER type
    quad         TEXT NOT NULL,              -- verbal/material cooperation/conflict
    mode         TEXT,
    status       TEXT NOT NULL,
    date         TEXT,                       -- ISO date, month, year or START/END
    date_source  TEXT,                       -- text | lead | publication | NULL
    location     TEXT,                       -- ISO3
    actor        TEXT NOT NULL DEFAULT '',   -- codes joined by ';' (denormalised for filters)
    recipient    TEXT NOT NULL DEFAULT '',
    mediator     TEXT NOT NULL DEFAULT '',
    attribution  TEXT NOT NULL DEFAULT '[]', -- JSON list: who reports it, nearest first
    sentence     INTEGER NOT NULL,           -- first evidence
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    trigger      TEXT NOT NULL,
    rule         TEXT NOT NULL,
    quote        TEXT NOT NULL,
    confidence   REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_date ON events(date);

-- One row per actor of an event side (role: actor | recipient | mediator).
CREATE TABLE IF NOT EXISTS event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role     TEXT NOT NULL,
    code     TEXT NOT NULL,
    country  TEXT NOT NULL,
    sector   TEXT,
    name     TEXT,
    mention  INTEGER                         -- mentions.idx within the article
);
CREATE INDEX IF NOT EXISTS event_actors_event ON event_actors(event_id);
CREATE INDEX IF NOT EXISTS event_actors_code ON event_actors(code);
CREATE INDEX IF NOT EXISTS event_actors_country ON event_actors(country);

-- Every piece of evidence of an event (repeated mentions merged into one event keep all).
CREATE TABLE IF NOT EXISTS event_evidence (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    trigger  TEXT NOT NULL,
    rule     TEXT NOT NULL,
    quote    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_evidence_event ON event_evidence(event_id);

CREATE TABLE IF NOT EXISTS claims (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    category      TEXT NOT NULL,
    value         INTEGER,
    range_low     INTEGER,
    range_high    INTEGER,
    qualifier     TEXT NOT NULL,
    grp           TEXT,                      -- the group counted
    attributed_to TEXT,                      -- actor code of who states the figure
    date          TEXT,
    location      TEXT,
    sentence      INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    quote         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
CREATE INDEX IF NOT EXISTS claims_category ON claims(category);

-- ---- Added for the web explorer and REST API (wasit.store.queries). Additive, idempotent. ----
-- Free-text search over the articles' title and cleaned text. The trigram tokenizer matches any
-- substring of three characters or more, so a search for a word also finds it with its Arabic
-- clitics attached (و، ف، ب، ل، ال …). External content: the index stores no second copy.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, clean_text, content='articles', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, clean_text)
    VALUES ('delete', old.id, old.title, old.clean_text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, clean_text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, clean_text)
    VALUES ('delete', old.id, old.title, old.clean_text);
    INSERT INTO articles_fts(rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
END;
-- A database written before the index existed is indexed once, on its first read-write open.
INSERT INTO articles_fts(articles_fts)
    SELECT 'rebuild' WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'articles_fts');
INSERT OR IGNORE INTO meta(key, value) VALUES ('articles_fts', '1');

CREATE INDEX IF NOT EXISTS articles_coded_at ON articles(coded_at);
CREATE INDEX IF NOT EXISTS events_dyad ON events(type, actor, recipient);
CREATE INDEX IF NOT EXISTS events_status ON events(status);
-- Covers the per-event probes of the actor/recipient/mediator filters and the network joins.
CREATE INDEX IF NOT EXISTS event_actors_event_role ON event_actors(event_id, role, code, country);
CREATE INDEX IF NOT EXISTS claims_date ON claims(category, date);
-- Covering indexes of the aggregate views: actors by events, and the network / dyads / filters
-- by type and date without reading the (wide) events rows.
CREATE INDEX IF NOT EXISTS event_actors_code_name ON event_actors(code, name, event_id, role);
CREATE INDEX IF NOT EXISTS events_sides
    ON events(type, date, quad, actor, recipient, mediator, article_id);
CREATE INDEX IF NOT EXISTS mentions_code_text ON mentions(code, text);
