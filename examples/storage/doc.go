// Command storage stores a learning network (læringsnettverk), its applications (søknader)
// and a grant (tilsagn) in PostgreSQL through database/sql, reads them back with the lnet
// types' Scan methods and prints them:
//
//	eval "$(bash .ci/postgres)"                 # a throwaway local server, sets the DSN
//	go run ./examples/storage                   # DSN from LNET_TEST_POSTGRES_DSN
//	go run ./examples/storage -dsn 'host=/tmp/lnet-postgres-0 user=lnet dbname=lnet' -schema demo
//
// The driver is github.com/jackc/pgx/v5/stdlib; nothing else is pgx-specific, so the same
// code runs on any database/sql driver for PostgreSQL. The tables live in the PostgreSQL
// schema -schema (default lnet_example), which the program creates if needed; it drops and
// recreates its tables there on every run, so running it twice is safe.
//
// The mapping shows how a case system stores the SDK's value types:
//
//   - amounts (lnet.NOK) in NUMERIC(17,2): exact to the øre, never a float column
//     (NOK.Scan rejects floats);
//   - calendar days (date.Date) in DATE; optional days are *date.Date, and NULL is nil;
//   - municipality codes, office ids, schemes and enumerations in TEXT, in their stable
//     identifiers ("0301", "hordaland", "self_initiated", "management"); their zero value
//     ("none") is stored as NULL and NULL scans back as the zero value;
//   - ids (lnet.NetworkID, ProjectID, …) in TEXT; the empty id is NULL, so an optional
//     reference can carry a FOREIGN KEY;
//   - lists (a service's municipalities, a project's participants, aims, partners) in child
//     tables with a position column, so they read back in their original order.
//
// What is stored of a network: the whole of it. Its id, name, office and establishment date;
// its member services with their municipalities, representatives (by role, never by name)
// and the anchoring of their participation; the leader; the partners (competence
// environments) and the contributors (KS, Bufetat, user organisations); the steering group
// with its seats and mandate; the resource group with its counties, partners and
// contributors; the horizon; the plan with its measures and their assessments; the projects
// with scheme, host, participants, partners, period, measure, anchoring, other municipal
// services, aims, status, project group, mandate and project plan; the gatherings with
// their attendance; the decisions. Of an application: everything, its budget lines and the
// period for using the money included; of a grant: everything.
//
// Each optional part (a leader, a steering group, a resource group, a horizon, a plan, a
// project group, a document) is a row of its own table that exists or not, so nil reads
// back as nil. A document (lnet.Document: a mandate or a project plan) is a row with a
// title, a date, a text and a source, at least one of title, text and source not blank.
// CHECK, UNIQUE and FOREIGN KEY constraints mirror lnet's validation where a table can
// express it (a known project status, seats holding only the fields of their kind, a
// resource group's partners among the network's, a use period not ending before the grant
// year); what they cannot express (a member's anchoring for a municipality the service
// covers, a project group with at least one member) the load checks, since it validates
// everything it reads.
//
// The network is the Hordaland network of 2018 from the project's source documents. The two
// applications and the grant are ILLUSTRATIVE: the sources do not give the network's
// applications, amounts or decision dates.
package main
