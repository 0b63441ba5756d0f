package main

// schemaSQL creates the tables in the connection's current schema. Amounts are NUMERIC(17,2)
// (MaxNOK has 15 digits before the point), dates DATE, codes, schemes and enumerations TEXT.
// Every list has a position column so that it reads back in its original order.
const schemaSQL = `
CREATE TABLE networks (
	id          TEXT PRIMARY KEY,
	name        TEXT NOT NULL,
	office      TEXT NOT NULL,
	established DATE
);

CREATE TABLE services (
	network_id TEXT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
	id         TEXT NOT NULL,
	position   INTEGER NOT NULL,
	name       TEXT NOT NULL,
	host       TEXT NOT NULL CHECK (host ~ '^[0-9]{4}$'),
	joined     DATE,
	PRIMARY KEY (network_id, id),
	UNIQUE (network_id, position)
);

CREATE TABLE service_municipalities (
	network_id   TEXT NOT NULL,
	service_id   TEXT NOT NULL,
	position     INTEGER NOT NULL,
	municipality TEXT NOT NULL CHECK (municipality ~ '^[0-9]{4}$'),
	PRIMARY KEY (network_id, service_id, position),
	FOREIGN KEY (network_id, service_id) REFERENCES services (network_id, id) ON DELETE CASCADE
);

CREATE TABLE representatives (
	network_id   TEXT NOT NULL,
	service_id   TEXT NOT NULL,
	position     INTEGER NOT NULL,
	ref          TEXT,
	role         TEXT NOT NULL CHECK (role IN ('management', 'staff')),
	title        TEXT NOT NULL,
	municipality TEXT CHECK (municipality ~ '^[0-9]{4}$'),
	PRIMARY KEY (network_id, service_id, position),
	FOREIGN KEY (network_id, service_id) REFERENCES services (network_id, id) ON DELETE CASCADE
);

CREATE TABLE partners (
	network_id TEXT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
	id         TEXT NOT NULL,
	position   INTEGER NOT NULL,
	name       TEXT NOT NULL,
	kind       TEXT NOT NULL,
	PRIMARY KEY (network_id, id)
);

CREATE TABLE projects (
	network_id   TEXT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
	id           TEXT NOT NULL,
	position     INTEGER NOT NULL,
	scheme       TEXT NOT NULL CHECK (scheme IN ('self_initiated', 'foster_home')),
	title        TEXT NOT NULL,
	description  TEXT NOT NULL,
	host         TEXT CHECK (host ~ '^[0-9]{4}$'),
	period_start DATE,
	period_end   DATE,
	PRIMARY KEY (network_id, id),
	CHECK ((period_start IS NULL) = (period_end IS NULL)),
	CHECK (period_end >= period_start)
);

CREATE TABLE project_participants (
	network_id   TEXT NOT NULL,
	project_id   TEXT NOT NULL,
	position     INTEGER NOT NULL,
	municipality TEXT NOT NULL CHECK (municipality ~ '^[0-9]{4}$'),
	PRIMARY KEY (network_id, project_id, position),
	FOREIGN KEY (network_id, project_id) REFERENCES projects (network_id, id) ON DELETE CASCADE
);

CREATE TABLE project_partners (
	network_id TEXT NOT NULL,
	project_id TEXT NOT NULL,
	position   INTEGER NOT NULL,
	partner_id TEXT NOT NULL,
	PRIMARY KEY (network_id, project_id, position),
	FOREIGN KEY (network_id, project_id) REFERENCES projects (network_id, id) ON DELETE CASCADE,
	FOREIGN KEY (network_id, partner_id) REFERENCES partners (network_id, id)
);

CREATE TABLE project_aims (
	network_id TEXT NOT NULL,
	project_id TEXT NOT NULL,
	position   INTEGER NOT NULL,
	aim        TEXT NOT NULL,
	PRIMARY KEY (network_id, project_id, position),
	FOREIGN KEY (network_id, project_id) REFERENCES projects (network_id, id) ON DELETE CASCADE
);

CREATE TABLE project_other_services (
	network_id TEXT NOT NULL,
	project_id TEXT NOT NULL,
	position   INTEGER NOT NULL,
	service    TEXT NOT NULL,
	PRIMARY KEY (network_id, project_id, position),
	FOREIGN KEY (network_id, project_id) REFERENCES projects (network_id, id) ON DELETE CASCADE
);

CREATE TABLE applications (
	id         TEXT PRIMARY KEY,
	network_id TEXT NOT NULL,
	project_id TEXT NOT NULL,
	scheme     TEXT NOT NULL CHECK (scheme IN ('self_initiated', 'foster_home')),
	year       INTEGER NOT NULL,
	office     TEXT NOT NULL,
	requested  NUMERIC(17,2) NOT NULL CHECK (requested > 0),
	total_cost NUMERIC(17,2) NOT NULL CHECK (total_cost > 0),
	submitted  DATE,
	FOREIGN KEY (network_id, project_id) REFERENCES projects (network_id, id)
);

CREATE TABLE budget_lines (
	application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
	position       INTEGER NOT NULL,
	category       TEXT NOT NULL,
	description    TEXT NOT NULL,
	cost           NUMERIC(17,2) NOT NULL CHECK (cost >= 0),
	requested      NUMERIC(17,2) NOT NULL CHECK (requested >= 0),
	PRIMARY KEY (application_id, position)
);

CREATE TABLE grants (
	id             TEXT PRIMARY KEY,
	application_id TEXT NOT NULL REFERENCES applications (id),
	office         TEXT NOT NULL,
	scheme         TEXT NOT NULL CHECK (scheme IN ('self_initiated', 'foster_home')),
	year           INTEGER NOT NULL,
	amount         NUMERIC(17,2) NOT NULL CHECK (amount > 0),
	decided        DATE NOT NULL,
	spend_by       DATE NOT NULL CHECK (spend_by >= decided),
	report_by      DATE CHECK (report_by >= decided)
);
`

// dropSQL removes the tables of schemaSQL, children first.
const dropSQL = `
DROP TABLE IF EXISTS grants, budget_lines, applications, project_other_services, project_aims,
	project_partners, project_participants, projects, partners, representatives,
	service_municipalities, services, networks;
`
