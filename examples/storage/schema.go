package main

// schemaSQL creates the tables in the connection's current schema. Amounts are NUMERIC(17,2)
// (MaxNOK has 15 digits before the point), dates DATE, codes, schemes and enumerations TEXT.
// Every list has a position column so that it reads back in its original order. The CHECK,
// UNIQUE and FOREIGN KEY constraints mirror what lnet's Validate methods check, as far as a
// table can; loading validates again, so rows written by another program are checked too.
//
// Optional texts are stored as the empty string when empty (NOT NULL), optional parts (a leader, a
// steering group, a horizon, a document) as a row that exists or not, optional values
// (codes, enumerations, references, dates) as NULL.
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

-- Member.Anchoring: the endorsement of a service's participation, once per municipality.
CREATE TABLE member_anchoring (
	network_id   TEXT NOT NULL,
	service_id   TEXT NOT NULL,
	position     INTEGER NOT NULL,
	municipality TEXT NOT NULL CHECK (municipality ~ '^[0-9]{4}$'),
	date         DATE NOT NULL CHECK (date BETWEEN '1900-01-01' AND '2199-12-31'),
	body         TEXT NOT NULL CHECK (body ~ '[^[:space:]]'),
	reference    TEXT NOT NULL,
	PRIMARY KEY (network_id, service_id, position),
	UNIQUE (network_id, service_id, municipality),
	FOREIGN KEY (network_id, service_id) REFERENCES services (network_id, id) ON DELETE CASCADE
);

-- Network.Leader.
CREATE TABLE leaders (
	network_id   TEXT PRIMARY KEY REFERENCES networks (id) ON DELETE CASCADE,
	ref          TEXT,
	service_id   TEXT NOT NULL,
	municipality TEXT CHECK (municipality ~ '^[0-9]{4}$'),
	title        TEXT NOT NULL,
	chosen       DATE,
	FOREIGN KEY (network_id, service_id) REFERENCES services (network_id, id)
);

CREATE TABLE partners (
	network_id TEXT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
	id         TEXT NOT NULL,
	position   INTEGER NOT NULL,
	name       TEXT NOT NULL,
	kind       TEXT NOT NULL,
	PRIMARY KEY (network_id, id)
);

-- Network.Contributors: KS, Bufetat, user organisations and others.
CREATE TABLE contributors (
	network_id TEXT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
	id         TEXT NOT NULL,
	position   INTEGER NOT NULL,
	name       TEXT NOT NULL CHECK (name ~ '[^[:space:]]'),
	kind       TEXT NOT NULL CHECK (kind IN ('ks', 'bufetat', 'user_organisation', 'other')),
	PRIMARY KEY (network_id, id),
	UNIQUE (network_id, position)
);

-- Network.SteeringGroup, its seats and its mandate.
CREATE TABLE steering_groups (
	network_id        TEXT PRIMARY KEY REFERENCES networks (id) ON DELETE CASCADE,
	established       DATE,
	meetings_per_year INTEGER NOT NULL CHECK (meetings_per_year BETWEEN 0 AND 366)
);

CREATE TABLE steering_group_seats (
	network_id   TEXT NOT NULL REFERENCES steering_groups (network_id) ON DELETE CASCADE,
	position     INTEGER NOT NULL,
	kind         TEXT NOT NULL CHECK (kind IN ('municipality', 'partner', 'office')),
	municipality TEXT CHECK (municipality ~ '^[0-9]{4}$'),
	role         TEXT CHECK (role IN ('management', 'staff')),
	partner_id   TEXT,
	office       TEXT,
	title        TEXT NOT NULL,
	ref          TEXT,
	PRIMARY KEY (network_id, position),
	-- Only the fields of the seat's kind are set.
	CHECK ((kind = 'municipality') = (municipality IS NOT NULL)),
	CHECK (kind = 'municipality' OR role IS NULL),
	CHECK ((kind = 'partner') = (partner_id IS NOT NULL)),
	CHECK ((kind = 'office') = (office IS NOT NULL)),
	FOREIGN KEY (network_id, partner_id) REFERENCES partners (network_id, id)
);

-- Documents (lnet.Document): a title, a text or a source, at least one of them not blank.
CREATE TABLE steering_group_mandates (
	network_id TEXT PRIMARY KEY REFERENCES steering_groups (network_id) ON DELETE CASCADE,
	title      TEXT NOT NULL,
	date       DATE CHECK (date BETWEEN '1900-01-01' AND '2199-12-31'),
	text       TEXT NOT NULL,
	source     TEXT NOT NULL,
	CONSTRAINT says_what CHECK (title ~ '[^[:space:]]' OR text ~ '[^[:space:]]' OR source ~ '[^[:space:]]')
);

-- Network.ResourceGroup: its partners and contributors are the network's.
CREATE TABLE resource_groups (
	network_id  TEXT PRIMARY KEY REFERENCES networks (id) ON DELETE CASCADE,
	name        TEXT NOT NULL,
	established DATE,
	source      TEXT NOT NULL
);

CREATE TABLE resource_group_counties (
	network_id TEXT NOT NULL REFERENCES resource_groups (network_id) ON DELETE CASCADE,
	position   INTEGER NOT NULL,
	county     TEXT NOT NULL CHECK (county ~ '^[0-9]{2}$' AND county <> '00'),
	PRIMARY KEY (network_id, position),
	UNIQUE (network_id, county)
);

CREATE TABLE resource_group_partners (
	network_id TEXT NOT NULL REFERENCES resource_groups (network_id) ON DELETE CASCADE,
	position   INTEGER NOT NULL,
	partner_id TEXT NOT NULL,
	PRIMARY KEY (network_id, position),
	UNIQUE (network_id, partner_id),
	CONSTRAINT known_partner FOREIGN KEY (network_id, partner_id) REFERENCES partners (network_id, id)
);

CREATE TABLE resource_group_contributors (
	network_id     TEXT NOT NULL REFERENCES resource_groups (network_id) ON DELETE CASCADE,
	position       INTEGER NOT NULL,
	contributor_id TEXT NOT NULL,
	PRIMARY KEY (network_id, position),
	UNIQUE (network_id, contributor_id),
	FOREIGN KEY (network_id, contributor_id) REFERENCES contributors (network_id, id)
);

-- Network.Horizon.
CREATE TABLE horizons (
	network_id TEXT PRIMARY KEY REFERENCES networks (id) ON DELETE CASCADE,
	through    INTEGER NOT NULL CHECK (through BETWEEN 1900 AND 2199),
	at_least   BOOLEAN NOT NULL,
	wording    TEXT NOT NULL,
	source     TEXT NOT NULL
);

-- Network.Plan, its measures and their assessments.
CREATE TABLE plans (
	network_id   TEXT PRIMARY KEY REFERENCES networks (id) ON DELETE CASCADE,
	title        TEXT NOT NULL,
	adopted      DATE,
	period_start DATE,
	period_end   DATE,
	CHECK ((period_start IS NULL) = (period_end IS NULL)),
	CHECK (period_end >= period_start)
);

CREATE TABLE plan_measures (
	network_id  TEXT NOT NULL REFERENCES plans (network_id) ON DELETE CASCADE,
	id          TEXT NOT NULL,
	position    INTEGER NOT NULL,
	title       TEXT NOT NULL CHECK (title ~ '[^[:space:]]'),
	description TEXT NOT NULL,
	PRIMARY KEY (network_id, id),
	UNIQUE (network_id, position)
);

CREATE TABLE measure_municipalities (
	network_id   TEXT NOT NULL,
	measure_id   TEXT NOT NULL,
	position     INTEGER NOT NULL,
	municipality TEXT NOT NULL CHECK (municipality ~ '^[0-9]{4}$'),
	PRIMARY KEY (network_id, measure_id, position),
	UNIQUE (network_id, measure_id, municipality),
	FOREIGN KEY (network_id, measure_id) REFERENCES plan_measures (network_id, id) ON DELETE CASCADE
);

CREATE TABLE measure_assessments (
	network_id   TEXT NOT NULL,
	measure_id   TEXT NOT NULL,
	position     INTEGER NOT NULL,
	kind         TEXT NOT NULL CHECK (kind IN ('risk', 'status')),
	municipality TEXT NOT NULL CHECK (municipality ~ '^[0-9]{4}$'),
	date         DATE,
	summary      TEXT NOT NULL CHECK (summary ~ '[^[:space:]]'),
	PRIMARY KEY (network_id, measure_id, position),
	FOREIGN KEY (network_id, measure_id) REFERENCES plan_measures (network_id, id) ON DELETE CASCADE
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
	measure_id   TEXT,
	status       TEXT CONSTRAINT known_status CHECK (status IN ('idea', 'clarifying', 'started')),
	PRIMARY KEY (network_id, id),
	CHECK ((period_start IS NULL) = (period_end IS NULL)),
	CHECK (period_end >= period_start),
	FOREIGN KEY (network_id, measure_id) REFERENCES plan_measures (network_id, id)
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

-- Project.Anchoring: once per municipality of the project.
CREATE TABLE project_anchoring (
	network_id   TEXT NOT NULL,
	project_id   TEXT NOT NULL,
	position     INTEGER NOT NULL,
	municipality TEXT NOT NULL CHECK (municipality ~ '^[0-9]{4}$'),
	date         DATE NOT NULL CHECK (date BETWEEN '1900-01-01' AND '2199-12-31'),
	body         TEXT NOT NULL CHECK (body ~ '[^[:space:]]'),
	reference    TEXT NOT NULL,
	PRIMARY KEY (network_id, project_id, position),
	UNIQUE (network_id, project_id, municipality),
	FOREIGN KEY (network_id, project_id) REFERENCES projects (network_id, id) ON DELETE CASCADE
);

-- Project.Group: a row per project that has a group, with at least one municipality or
-- partner in the two list tables (checked on load).
CREATE TABLE project_groups (
	network_id  TEXT NOT NULL,
	project_id  TEXT NOT NULL,
	established DATE,
	PRIMARY KEY (network_id, project_id),
	FOREIGN KEY (network_id, project_id) REFERENCES projects (network_id, id) ON DELETE CASCADE
);

CREATE TABLE project_group_municipalities (
	network_id   TEXT NOT NULL,
	project_id   TEXT NOT NULL,
	position     INTEGER NOT NULL,
	municipality TEXT NOT NULL CHECK (municipality ~ '^[0-9]{4}$'),
	PRIMARY KEY (network_id, project_id, position),
	UNIQUE (network_id, project_id, municipality),
	FOREIGN KEY (network_id, project_id) REFERENCES project_groups (network_id, project_id) ON DELETE CASCADE
);

CREATE TABLE project_group_partners (
	network_id TEXT NOT NULL,
	project_id TEXT NOT NULL,
	position   INTEGER NOT NULL,
	partner_id TEXT NOT NULL,
	PRIMARY KEY (network_id, project_id, position),
	UNIQUE (network_id, project_id, partner_id),
	FOREIGN KEY (network_id, project_id) REFERENCES project_groups (network_id, project_id) ON DELETE CASCADE,
	FOREIGN KEY (network_id, partner_id) REFERENCES partners (network_id, id)
);

-- Project.Mandate and Project.ProjectPlan (lnet.Document), one of each kind per project.
CREATE TABLE project_documents (
	network_id TEXT NOT NULL,
	project_id TEXT NOT NULL,
	kind       TEXT NOT NULL CHECK (kind IN ('mandate', 'project_plan')),
	title      TEXT NOT NULL,
	date       DATE CHECK (date BETWEEN '1900-01-01' AND '2199-12-31'),
	text       TEXT NOT NULL,
	source     TEXT NOT NULL,
	PRIMARY KEY (network_id, project_id, kind),
	CONSTRAINT says_what CHECK (title ~ '[^[:space:]]' OR text ~ '[^[:space:]]' OR source ~ '[^[:space:]]'),
	FOREIGN KEY (network_id, project_id) REFERENCES projects (network_id, id) ON DELETE CASCADE
);

-- Network.Gatherings. The attendance columns are all NULL when no attendance is recorded.
-- The services present need not be members (a guest service may attend); the partners
-- present are the network's.
CREATE TABLE gatherings (
	network_id         TEXT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
	position           INTEGER NOT NULL,
	kind               TEXT NOT NULL CHECK (kind IN ('gathering', 'startup_seminar', 'information_meeting', 'steering_group_meeting')),
	date               DATE NOT NULL CHECK (date BETWEEN '1900-01-01' AND '2199-12-31'),
	title              TEXT NOT NULL CHECK (title ~ '[^[:space:]]'),
	place              TEXT NOT NULL,
	topic              TEXT NOT NULL,
	service_count      INTEGER CHECK (service_count >= 0),
	municipality_count INTEGER CHECK (municipality_count >= 0),
	office_present     BOOLEAN,
	PRIMARY KEY (network_id, position),
	CHECK ((service_count IS NULL) = (municipality_count IS NULL)),
	CHECK ((service_count IS NULL) = (office_present IS NULL))
);

CREATE TABLE gathering_services (
	network_id TEXT NOT NULL,
	gathering  INTEGER NOT NULL,
	position   INTEGER NOT NULL,
	service_id TEXT NOT NULL,
	PRIMARY KEY (network_id, gathering, position),
	UNIQUE (network_id, gathering, service_id),
	FOREIGN KEY (network_id, gathering) REFERENCES gatherings (network_id, position) ON DELETE CASCADE
);

CREATE TABLE gathering_municipalities (
	network_id   TEXT NOT NULL,
	gathering    INTEGER NOT NULL,
	position     INTEGER NOT NULL,
	municipality TEXT NOT NULL CHECK (municipality ~ '^[0-9]{4}$'),
	PRIMARY KEY (network_id, gathering, position),
	UNIQUE (network_id, gathering, municipality),
	FOREIGN KEY (network_id, gathering) REFERENCES gatherings (network_id, position) ON DELETE CASCADE
);

CREATE TABLE gathering_partners (
	network_id TEXT NOT NULL,
	gathering  INTEGER NOT NULL,
	position   INTEGER NOT NULL,
	partner_id TEXT NOT NULL,
	PRIMARY KEY (network_id, gathering, position),
	UNIQUE (network_id, gathering, partner_id),
	FOREIGN KEY (network_id, gathering) REFERENCES gatherings (network_id, position) ON DELETE CASCADE,
	FOREIGN KEY (network_id, partner_id) REFERENCES partners (network_id, id)
);

-- Network.Decisions.
CREATE TABLE decisions (
	network_id TEXT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
	position   INTEGER NOT NULL,
	subject    TEXT NOT NULL CHECK (subject IN ('leader', 'steering_group', 'project', 'other')),
	date       DATE NOT NULL CHECK (date BETWEEN '1900-01-01' AND '2199-12-31'),
	text       TEXT NOT NULL CHECK (text ~ '[^[:space:]]'),
	project_id TEXT,
	due        DATE CHECK (due >= date),
	PRIMARY KEY (network_id, position),
	FOREIGN KEY (network_id, project_id) REFERENCES projects (network_id, id)
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
	-- UsePeriod: when the money is to be used, not ending before the grant year.
	use_start  DATE,
	use_end    DATE,
	CONSTRAINT use_period_whole CHECK ((use_start IS NULL) = (use_end IS NULL)),
	CHECK (use_end >= use_start),
	CHECK (use_end >= make_date(year, 1, 1)),
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

// dropSQL removes the tables of schemaSQL; CASCADE drops the foreign keys between them.
const dropSQL = `
DROP TABLE IF EXISTS grants, budget_lines, applications, decisions, gathering_partners,
	gathering_municipalities, gathering_services, gatherings, project_documents,
	project_group_partners, project_group_municipalities, project_groups, project_anchoring,
	project_other_services, project_aims, project_partners, project_participants, projects,
	measure_assessments, measure_municipalities, plan_measures, plans, horizons,
	resource_group_contributors, resource_group_partners, resource_group_counties,
	resource_groups, steering_group_mandates, steering_group_seats, steering_groups,
	contributors, partners, leaders, member_anchoring, representatives,
	service_municipalities, services, networks CASCADE;
`
