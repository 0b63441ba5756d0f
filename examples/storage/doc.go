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
// What is stored of a network: its id, name, office and establishment date; its member
// services with their municipalities and representatives (by role, never by name); its
// partners; its projects with scheme, host, participants, partners, period, aims and other
// municipal services. Not stored here (they would follow the same pattern): the plan and its
// measures, a project's anchoring, status, group, mandate and project plan, the leader, the
// steering group, the contributors and resource group, the horizon, gatherings and decisions.
//
// The network is the Hordaland network of 2018 from the project's source documents. The two
// applications and the grant are ILLUSTRATIVE: the sources do not give the network's
// applications, amounts or decision dates.
package main
