#!/usr/bin/env python3
"""Checks iCalendar files with two real clients' parsers, from Debian packages:

  python3-icalendar   parse, re-serialise, parse again: the same components, the same
                      properties with the same values, and no parse errors or warnings;
  gir1.2-ical-3.0     libical through python3-gi (ICalGLib 3.0, the GObject binding of
                      libical that Evolution uses): parse without X-LIC-ERROR properties,
                      and libical's restriction check (icalrestriction_check, RFC 5545 and
                      iTIP cardinalities) passes; every timed DTSTART that libical converts
                      to UTC with the file's own VTIMEZONE agrees with the time zone
                      database (zoneinfo Europe/Oslo).

Usage: ics-check.py [--update ORIGINAL UPDATED]... FILE...

--update imports ORIGINAL and then UPDATED into a calendar keyed by UID that keeps the
version with the higher SEQUENCE (RFC 5546, 2.1.5), and checks that the result is UPDATED:
no event of ORIGINAL left beside it as a duplicate, and every event UPDATED changes has a
higher SEQUENCE, so that a client does not ignore the change.

Prints one line per file and, last, "ics-check: N files checked by python-icalendar and
libical"; exits 1 on the first problem, 2 if a module is missing.
"""
import sys
import warnings
from datetime import datetime, timezone

try:
    import icalendar
    import gi
    gi.require_version("ICalGLib", "3.0")
    from gi.repository import ICalGLib
    from zoneinfo import ZoneInfo
except (ImportError, ValueError) as e:
    print("ics-check: missing module:", e, file=sys.stderr)
    print("install: apt-get install -y python3-icalendar gir1.2-ical-3.0 python3-gi", file=sys.stderr)
    sys.exit(2)

OSLO = ZoneInfo("Europe/Oslo")


class Problem(Exception):
    pass


def props(component):
    """The properties of a component as comparable (name, serialised value) pairs, sorted:
    the order of properties carries no meaning in iCalendar."""
    out = []
    for name, value in component.property_items(recursive=False, sorted=False):
        if name in ("BEGIN", "END"):
            continue
        v = value.to_ical() if hasattr(value, "to_ical") else value
        out.append((name, v if isinstance(v, bytes) else str(v).encode()))
    return sorted(out)


def tree(component):
    return (component.name, props(component), [tree(c) for c in component.subcomponents])


def decoded(component, name):
    """The decoded value of a property, comparable across parses."""
    v = component.decoded(name)
    if isinstance(v, dict):
        return sorted((k, str(x)) for k, x in v.items())
    if isinstance(v, list):
        return [decoded_one(x) for x in v]
    return decoded_one(v)


def decoded_one(v):
    if hasattr(v, "dts"):
        return [str(d.dt) for d in v.dts]
    return str(v)


def check_python(path, data):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        cal = icalendar.Calendar.from_ical(data)
        for c in cal.walk():
            if getattr(c, "errors", None):
                raise Problem("python-icalendar: %s: %s" % (c.name, c.errors))
        again = icalendar.Calendar.from_ical(cal.to_ical())
    if tree(cal) != tree(again):
        raise Problem("python-icalendar: the round trip changed the calendar")
    events = cal.walk("VEVENT")
    for a, b in zip(events, again.walk("VEVENT")):
        for name in ("UID", "DTSTART", "DTEND", "RRULE", "EXDATE", "SEQUENCE", "STATUS", "SUMMARY"):
            if name in a and decoded(a, name) != decoded(b, name):
                raise Problem("python-icalendar: %s %s changed in the round trip" % (a.get("UID"), name))
    return cal, events


def lic_errors(comp):
    return [l for l in comp.as_ical_string().splitlines() if l.startswith("X-LIC-ERROR")]


def check_libical(path, data, events):
    comp = ICalGLib.Component.new_from_string(data)
    if comp is None or comp.isa() != ICalGLib.ComponentKind.VCALENDAR_COMPONENT:
        raise Problem("libical: not parsed as a VCALENDAR")
    errors = lic_errors(comp)
    if errors:
        raise Problem("libical: parse errors: %s" % errors[:3])
    if comp.check_restrictions() != 1 or lic_errors(comp):
        raise Problem("libical: restriction check failed: %s" % lic_errors(comp)[:3])
    # Timed starts: libical with the file's VTIMEZONE against zoneinfo.
    n = 0
    ev = comp.get_first_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    while ev is not None:
        start = ev.get_dtstart()
        if not start.is_date() and start.get_timezone() is not None:
            got = start.convert_to_zone(ICalGLib.Timezone.get_utc_timezone()).as_timet()
            want = datetime(start.get_year(), start.get_month(), start.get_day(), start.get_hour(),
                            start.get_minute(), start.get_second(), tzinfo=OSLO, fold=0)
            if got != int(want.timestamp()):
                raise Problem("libical: %s %s is %s UTC with the file's VTIMEZONE, %s by the time zone database" % (
                    ev.get_uid(), start.as_ical_string(), datetime.fromtimestamp(got, timezone.utc),
                    want.astimezone(timezone.utc)))
            n += 1
        ev = comp.get_next_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    return n


def sequence(ev):
    return int(ev.get("SEQUENCE", 0))


def check_update(original, updated):
    store = {}
    for path in (original, updated):
        cal = icalendar.Calendar.from_ical(open(path, "rb").read())
        for ev in cal.walk("VEVENT"):
            uid = str(ev["UID"])
            old = store.get(uid)
            if old is not None and sequence(ev) < sequence(old):
                continue
            if old is not None and ev.to_ical() != old.to_ical() and sequence(ev) <= sequence(old) \
                    and tree_without_stamp(ev) != tree_without_stamp(old):
                raise Problem("update: %s changed without a higher SEQUENCE (%d)" % (uid, sequence(ev)))
            store[uid] = ev
    final = {str(ev["UID"]) for ev in icalendar.Calendar.from_ical(open(updated, "rb").read()).walk("VEVENT")}
    if set(store) != final:
        raise Problem("update: %d events after importing both files, %d in %s: duplicates %s" % (
            len(store), len(final), updated, sorted(set(store) - final)[:3]))
    return len(final)


def tree_without_stamp(ev):
    return [p for p in props(ev) if p[0] not in ("DTSTAMP",)], [tree(c) for c in ev.subcomponents]


def main(argv):
    pairs, files = [], []
    i = 0
    while i < len(argv):
        if argv[i] == "--update":
            pairs.append((argv[i + 1], argv[i + 2]))
            i += 3
        else:
            files.append(argv[i])
            i += 1
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    current = ""
    try:
        for path in files:
            current = path
            data = open(path, encoding="utf-8").read()
            _, events = check_python(path, data)
            timed = check_libical(path, data, events)
            print("ok %s: %d events, %d timed" % (path, len(events), timed))
        for original, updated in pairs:
            current = "%s -> %s" % (original, updated)
            n = check_update(original, updated)
            print("ok update %s -> %s: %d events, no duplicates" % (original, updated, n))
    except Problem as e:
        print("FAIL %s: %s" % (current, e), file=sys.stderr)
        return 1
    print("ics-check: %d files checked by python-icalendar and libical" % len(files))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
