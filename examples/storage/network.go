package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// saveNetwork validates n and stores the parts of it that the tables hold (see the package
// documentation) in one transaction.
func (s *store) saveNetwork(ctx context.Context, n lnet.Network) error {
	if err := n.Validate(); err != nil {
		return fmt.Errorf("storage: network %q: %w", n.ID, err)
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if err := insertNetwork(ctx, tx, n); err != nil {
			return fmt.Errorf("storage: saving network %q: %w", n.ID, err)
		}
		return nil
	})
}

func insertNetwork(ctx context.Context, tx execer, n lnet.Network) error {
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO networks (id, name, office, established) VALUES ($1, $2, $3, $4)`,
		n.ID, n.Name, n.Office, n.Established); err != nil {
		return err
	}
	for i, m := range n.Members {
		sv := m.Service
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO services (network_id, id, position, name, host, joined) VALUES ($1, $2, $3, $4, $5, $6)`,
			n.ID, sv.ID, i, sv.Name, sv.Host, m.Joined); err != nil {
			return fmt.Errorf("service %q: %w", sv.ID, err)
		}
		for j, c := range sv.Municipalities {
			if _, err := tx.ExecContext(ctx,
				`INSERT INTO service_municipalities (network_id, service_id, position, municipality) VALUES ($1, $2, $3, $4)`,
				n.ID, sv.ID, j, c); err != nil {
				return fmt.Errorf("service %q, municipality %s: %w", sv.ID, c, err)
			}
		}
		for j, r := range m.Representatives {
			if _, err := tx.ExecContext(ctx,
				`INSERT INTO representatives (network_id, service_id, position, ref, role, title, municipality) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
				n.ID, sv.ID, j, sql.NullString{String: r.Ref, Valid: r.Ref != ""}, r.Role, r.Title, r.Municipality); err != nil {
				return fmt.Errorf("service %q, representative %d: %w", sv.ID, j, err)
			}
		}
	}
	for i, p := range n.Partners {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO partners (network_id, id, position, name, kind) VALUES ($1, $2, $3, $4, $5)`,
			n.ID, p.ID, i, p.Name, p.Kind); err != nil {
			return fmt.Errorf("partner %q: %w", p.ID, err)
		}
	}
	for i, p := range n.Projects {
		if err := insertProject(ctx, tx, n.ID, i, p); err != nil {
			return fmt.Errorf("project %q: %w", p.ID, err)
		}
	}
	return nil
}

func insertProject(ctx context.Context, tx execer, network lnet.NetworkID, position int, p lnet.Project) error {
	var start, end *date.Date
	if p.Period != nil {
		start, end = &p.Period.Start, &p.Period.End
	}
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO projects (network_id, id, position, scheme, title, description, host, period_start, period_end)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		network, p.ID, position, p.Scheme, p.Title, p.Description, p.Host, start, end); err != nil {
		return err
	}
	lists := []struct {
		table, column string
		values        []any
	}{
		{"project_participants", "municipality", anys(p.Participants)},
		{"project_partners", "partner_id", anys(p.Partners)},
		{"project_aims", "aim", anys(p.Aims)},
		{"project_other_services", "service", anys(p.OtherServices)},
	}
	for _, l := range lists {
		// table and column are constants of this file, never input.
		q := fmt.Sprintf(`INSERT INTO %s (network_id, project_id, position, %s) VALUES ($1, $2, $3, $4)`, l.table, l.column)
		for i, v := range l.values {
			if _, err := tx.ExecContext(ctx, q, network, p.ID, i, v); err != nil {
				return fmt.Errorf("%s[%d] %v: %w", l.column, i, v, err)
			}
		}
	}
	return nil
}

func anys[T any](s []T) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

// loadNetwork reads the network id back. A network that is not stored is an error wrapping
// errNotFound.
func (s *store) loadNetwork(ctx context.Context, id lnet.NetworkID) (lnet.Network, error) {
	var n lnet.Network
	err := s.db.QueryRowContext(ctx,
		`SELECT id, name, office, established FROM networks WHERE id = $1`, id).
		Scan(&n.ID, &n.Name, &n.Office, &n.Established)
	if errors.Is(err, sql.ErrNoRows) {
		return lnet.Network{}, fmt.Errorf("storage: network %q: %w", id, errNotFound)
	}
	if err != nil {
		return lnet.Network{}, fmt.Errorf("storage: reading network %q: %w", id, err)
	}
	args := []any{id}

	municipalities := map[lnet.ServiceID][]lnet.MunicipalityCode{}
	err = s.queryEach(ctx, "service municipalities",
		`SELECT service_id, municipality FROM service_municipalities WHERE network_id = $1 ORDER BY service_id, position`, args,
		func(rows *sql.Rows) error {
			var sid lnet.ServiceID
			var c lnet.MunicipalityCode
			if err := rows.Scan(&sid, &c); err != nil {
				return err
			}
			municipalities[sid] = append(municipalities[sid], c)
			return nil
		})
	if err != nil {
		return lnet.Network{}, err
	}

	representatives := map[lnet.ServiceID][]lnet.Representative{}
	err = s.queryEach(ctx, "representatives",
		`SELECT service_id, ref, role, title, municipality FROM representatives WHERE network_id = $1 ORDER BY service_id, position`, args,
		func(rows *sql.Rows) error {
			var sid lnet.ServiceID
			var ref sql.NullString
			var r lnet.Representative
			if err := rows.Scan(&sid, &ref, &r.Role, &r.Title, &r.Municipality); err != nil {
				return err
			}
			r.Ref = ref.String
			representatives[sid] = append(representatives[sid], r)
			return nil
		})
	if err != nil {
		return lnet.Network{}, err
	}

	err = s.queryEach(ctx, "services",
		`SELECT id, name, host, joined FROM services WHERE network_id = $1 ORDER BY position`, args,
		func(rows *sql.Rows) error {
			var m lnet.Member
			if err := rows.Scan(&m.Service.ID, &m.Service.Name, &m.Service.Host, &m.Joined); err != nil {
				return err
			}
			m.Service.Municipalities = municipalities[m.Service.ID]
			m.Representatives = representatives[m.Service.ID]
			n.Members = append(n.Members, m)
			return nil
		})
	if err != nil {
		return lnet.Network{}, err
	}

	err = s.queryEach(ctx, "partners",
		`SELECT id, name, kind FROM partners WHERE network_id = $1 ORDER BY position`, args,
		func(rows *sql.Rows) error {
			var p lnet.Partner
			if err := rows.Scan(&p.ID, &p.Name, &p.Kind); err != nil {
				return err
			}
			n.Partners = append(n.Partners, p)
			return nil
		})
	if err != nil {
		return lnet.Network{}, err
	}

	if n.Projects, err = s.loadProjects(ctx, id); err != nil {
		return lnet.Network{}, err
	}
	if err := n.Validate(); err != nil {
		return lnet.Network{}, fmt.Errorf("storage: network %q as stored: %w", id, err)
	}
	return n, nil
}

// loadProjects reads the projects of a network in their stored order.
func (s *store) loadProjects(ctx context.Context, network lnet.NetworkID) ([]lnet.Project, error) {
	args := []any{network}
	participants := map[lnet.ProjectID][]lnet.MunicipalityCode{}
	partners := map[lnet.ProjectID][]lnet.PartnerID{}
	aims := map[lnet.ProjectID][]lnet.Aim{}
	otherServices := map[lnet.ProjectID][]string{}
	children := []struct {
		what, query string
		scan        func(*sql.Rows) error
	}{
		{"project participants", `SELECT project_id, municipality FROM project_participants WHERE network_id = $1 ORDER BY project_id, position`,
			func(rows *sql.Rows) error {
				var p lnet.ProjectID
				var c lnet.MunicipalityCode
				err := rows.Scan(&p, &c)
				participants[p] = append(participants[p], c)
				return err
			}},
		{"project partners", `SELECT project_id, partner_id FROM project_partners WHERE network_id = $1 ORDER BY project_id, position`,
			func(rows *sql.Rows) error {
				var p lnet.ProjectID
				var id lnet.PartnerID
				err := rows.Scan(&p, &id)
				partners[p] = append(partners[p], id)
				return err
			}},
		{"project aims", `SELECT project_id, aim FROM project_aims WHERE network_id = $1 ORDER BY project_id, position`,
			func(rows *sql.Rows) error {
				var p lnet.ProjectID
				var a lnet.Aim
				err := rows.Scan(&p, &a)
				aims[p] = append(aims[p], a)
				return err
			}},
		{"project other services", `SELECT project_id, service FROM project_other_services WHERE network_id = $1 ORDER BY project_id, position`,
			func(rows *sql.Rows) error {
				var p lnet.ProjectID
				var sv string
				err := rows.Scan(&p, &sv)
				otherServices[p] = append(otherServices[p], sv)
				return err
			}},
	}
	for _, c := range children {
		if err := s.queryEach(ctx, c.what, c.query, args, c.scan); err != nil {
			return nil, err
		}
	}

	var out []lnet.Project
	err := s.queryEach(ctx, "projects",
		`SELECT id, scheme, title, description, host, period_start, period_end FROM projects WHERE network_id = $1 ORDER BY position`, args,
		func(rows *sql.Rows) error {
			var p lnet.Project
			var start, end *date.Date
			if err := rows.Scan(&p.ID, &p.Scheme, &p.Title, &p.Description, &p.Host, &start, &end); err != nil {
				return err
			}
			switch {
			case start != nil && end != nil:
				p.Period = &lnet.Period{Start: *start, End: *end}
			case start != nil || end != nil:
				return fmt.Errorf("project %q: period has only one end", p.ID)
			}
			p.Participants = participants[p.ID]
			p.Partners = partners[p.ID]
			p.Aims = aims[p.ID]
			p.OtherServices = otherServices[p.ID]
			out = append(out, p)
			return nil
		})
	return out, err
}
