"""Made-up dossiers for demo and benchmark stores: a busy centre's last three years.

Pure generation, deterministic for a seed and a `now`. Receipts fall on the working days
and hours of the work calendar, spread over the days in chronological order; each gets
its appointment as an intake would, a code in one of the desks' blocks of the day, and
a life after the counter: a plan of status moves that follows the status rules
(domain/status.TRANSITIONS), cut at `now`. So old dossiers are mostly handed back,
some refused, withdrawn or stopped, and recent ones are still being processed.
"""

from __future__ import annotations

import math
import random
import uuid
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .calendar import LOCAL_TZ, TimeUnit, WorkCalendar
from .codes import DeskPartition, DossierCode
from .demo_people import DemoPerson, PeopleMaker
from .procedure import DocumentSpec, Procedure
from .returns import Timing, timing_class
from .status import Status, can_transition

YEARS = 3
ACTOR_PREFIX = "demo:"  # every demo dossier is received by "demo:quay<N>"
CENTRE_ACTOR = "demo:xu-ly"  # the back office's moves
_S = Status

# What happens to a dossier, in shares of all dossiers.
REFUSED_SHARE = 0.025  # refused at the counter (form 03): status 3, no appointment
INCOMPLETE_SHARE = 0.05  # papers missing at the counter (form 02): starts in status 5
WITHDRAWN_SHARE = 0.03
STOPPED_SHARE = 0.02
SUPPLEMENT_SHARE = 0.08  # the back office asks for papers while processing
PAYMENT_SHARE = 0.25  # of dossiers with fees: asked to pay before the result
LATE_SHARE = 0.07  # processing ends after the appointment
UNCOLLECTED_SHARE = 0.04  # the result waits at the desk for good
AUTHORISED_SHARE = 0.12  # someone else collects the result
RATINGS = (1, 2, 3, None)
RATING_WEIGHTS = (55, 30, 5, 10)
COLLECT_DELAYS = (0, 0, 0, 1, 1, 2, 2, 3, 5, 7)  # working days from done to hand-back


def desk_numbers(desk_digits: int) -> list[int]:
    """The desks whose blocks demo codes use: 1-9 (or 1-99 with two desk digits), so a
    day can hold thousands of dossiers."""
    return list(range(1, 10 ** desk_digits))


def day_capacity(desk_digits: int) -> int:
    return len(desk_numbers(desk_digits)) * DeskPartition(1, desk_digits).capacity


@dataclass(frozen=True, slots=True)
class Step:
    """One status move of a dossier's history."""

    from_status: int | None
    to_status: int
    at: datetime
    actor: str
    source: str  # desk | central


@dataclass(frozen=True, slots=True)
class DemoReturn:
    returned_at: datetime
    recipient_name: str
    recipient_id_number: str
    authorised: bool
    fees_collected: int
    timing: Timing
    rating: int | None


@dataclass(frozen=True, slots=True)
class DemoDossier:
    id: str
    code: str
    code_day: date
    desk: int
    counter: int  # the desk's counter of the day behind the code's number
    procedure: Procedure
    person: DemoPerson
    birth_date: date | None
    gender: str
    channel: int
    sets: int
    notify: tuple[str, ...]
    documents: tuple[DocumentSpec, ...]
    received_at: datetime
    due_at: datetime | None
    history: tuple[Step, ...]  # up to now; the last move gives the status
    returned: DemoReturn | None

    @property
    def status(self) -> int:
        return self.history[-1].to_status

    @property
    def received_by(self) -> str:
        return f"{ACTOR_PREFIX}quay{self.desk}"

    @property
    def updated_at(self) -> datetime:
        return self.history[-1].at


class TooManyDossiers(ValueError):
    def __init__(self, most: int) -> None:
        self.most = most
        most_text = f"{most:,}".replace(",", ".")
        super().__init__(f"Ba năm làm việc chứa được tối đa {most_text} hồ sơ mẫu "
                         f"(mỗi quầy một khối số hồ sơ mỗi ngày).")


class DemoMaker:
    """Dossiers of the last YEARS years up to `now`, day by day, oldest first."""

    def __init__(self, seed: int, now: datetime, calendar: WorkCalendar,
                 procedures: Sequence[Procedure], agency: str, desk_digits: int = 1):
        if not procedures:
            raise ValueError("no procedures to make dossiers of")
        self.rng = random.Random(seed)
        self.people = PeopleMaker(self.rng)
        self.now = now.astimezone(LOCAL_TZ)
        self.calendar, self.hours = calendar, calendar.hours
        self.agency, self.desk_digits = agency, desk_digits
        self.desks = desk_numbers(desk_digits)
        self.procedures = sorted(procedures, key=lambda p: p.code)
        # Papers marked "(nếu có)" are brought now and then.
        self._checklists = {p.code: [(d, d.optional) for d in p.documents]
                            for p in self.procedures}
        # Some procedures are far more common than others (Zipf-like, in an order the seed
        # draws); the quick ones (certified copies, civil status) most of all.
        ranks = list(range(len(self.procedures)))
        self.rng.shuffle(ranks)
        self._weights = list(_cumulative([
            (2.0 if _quick(p) else 1.0) / (rank + 2) ** 0.8
            for p, rank in zip(self.procedures, ranks, strict=True)]))
        start = _years_before(self.now.date(), YEARS)
        self.days = [d for d in _dates(start, self.now.date()) if calendar.is_working_day(d)]
        # Working days far enough ahead for any plan (the longest limit, delays).
        horizon = self.now.date() + timedelta(days=400)
        self._workdays = [d for d in _dates(start, horizon) if calendar.is_working_day(d)]
        self._workday_index = {d: i for i, d in enumerate(self._workdays)}
        self._due_cache: dict[tuple, datetime] = {}

    # ---- how many a day ------------------------------------------------------------
    def day_counts(self, count: int) -> list[tuple[date, int]]:
        """`count` dossiers spread over the working days (busier Mondays, a centre
        getting busier over the years, today only up to now); largest remainders."""
        rng, days = self.rng, self.days
        weights = []
        for i, day in enumerate(days):
            weight = (0.8 + 0.4 * i / max(1, len(days) - 1)) * rng.uniform(0.75, 1.25)
            weight *= {0: 1.2, 4: 0.9, 5: 0.5, 6: 0.5}.get(day.weekday(), 1.0)
            if day == self.now.date():
                weight *= self._elapsed_share(day)
            weights.append(weight)
        total = sum(weights)
        if total <= 0:
            return []
        exact = [count * w / total for w in weights]
        counts = [math.floor(x) for x in exact]
        by_remainder = sorted(range(len(days)), key=lambda i: exact[i] - counts[i],
                              reverse=True)
        for i in by_remainder[:count - sum(counts)]:
            counts[i] += 1
        capacity = day_capacity(self.desk_digits)
        if max(counts, default=0) > capacity:
            raise TooManyDossiers(int(capacity * total / max(weights)))
        return [(day, n) for day, n in zip(days, counts, strict=True) if n]

    def _sessions(self, day: date) -> list[tuple[datetime, datetime]]:
        """The day's working sessions, cut at now."""
        h, out = self.hours, []
        for begin, end in ((h.morning_start, h.morning_end), (h.afternoon_start, h.afternoon_end)):
            a, b = _at(day, begin), min(_at(day, end), self.now)
            if a < b:
                out.append((a, b))
        return out

    def _elapsed_share(self, day: date) -> float:
        full = sum((_at(day, e) - _at(day, b)).total_seconds()
                   for b, e in ((self.hours.morning_start, self.hours.morning_end),
                                (self.hours.afternoon_start, self.hours.afternoon_end)))
        return sum((b - a).total_seconds() for a, b in self._sessions(day)) / full

    # ---- the dossiers of a day -----------------------------------------------------------
    def day(self, day: date, count: int) -> Iterator[DemoDossier]:
        rng = self.rng
        sessions = self._sessions(day)
        lengths = [(b - a).total_seconds() for a, b in sessions]
        total = sum(lengths)
        times = []
        for _ in range(count):
            u = rng.random() * total
            for (a, _b), length in zip(sessions, lengths, strict=True):
                if u < length:
                    times.append(a + timedelta(seconds=u))
                    break
                u -= length
            else:
                times.append(sessions[-1][0])
        times.sort()
        counters = dict.fromkeys(self.desks, 0)
        offset = rng.randrange(len(self.desks))
        for j, received in enumerate(times):
            desk = self.desks[(offset + j) % len(self.desks)]
            counters[desk] += 1
            number = DeskPartition(desk, self.desk_digits).number(counters[desk])
            code = str(DossierCode(self.agency, day, number))
            yield self._dossier(code, day, desk, counters[desk], received)

    def _dossier(self, code: str, day: date, desk: int, counter: int, received: datetime
                 ) -> DemoDossier:
        rng = self.rng
        index = bisect_right(self._weights, rng.random() * self._weights[-1])
        procedure = self.procedures[min(index, len(self.procedures) - 1)]
        person = self.people.person(received.year)
        scanned = rng.random() < 0.8  # the CCCD QR read: birth date and gender known
        birth = date(person.birth_year, rng.randint(1, 12), rng.randint(1, 28)) if scanned \
            else None
        channel = 1 if (r := rng.random()) < 0.85 else (2 if r < 0.97 else 3)
        notify = ("sms",) if person.phone and rng.random() < 0.3 else ()
        documents = tuple(d for d, optional in self._checklists[procedure.code]
                          if not optional or rng.random() < 0.3)
        kind = rng.random()
        first = (_S.NOT_ACCEPTED if kind < REFUSED_SHARE else _S.SUPPLEMENT_REQUESTED
                 if kind < REFUSED_SHARE + INCOMPLETE_SHARE else _S.RECEIVED)
        due = None if first is _S.NOT_ACCEPTED else self._due(received, procedure)
        desk_actor = f"{ACTOR_PREFIX}quay{desk}"
        plan = self._plan(first, received, due, procedure, desk_actor)
        history = tuple(step for step in plan if step.at <= self.now)
        returned = None
        if history[-1].to_status == _S.RETURNED:
            returned = self._return(person, procedure, due, history[-1].at)
        return DemoDossier(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), code=code, code_day=day,
            desk=desk, counter=counter,
            procedure=procedure, person=person, birth_date=birth,
            gender=person.gender if scanned else "", channel=channel,
            sets=2 if rng.random() < 0.05 else 1, notify=notify, documents=documents,
            received_at=received, due_at=due, history=history, returned=returned)

    def _due(self, received: datetime, procedure: Procedure) -> datetime:
        """The appointment, as the calendar gives it at intake; for a limit in days it
        depends only on the half-day the receipt counts from, so it is computed once."""
        limit = procedure.time_limit
        if limit.unit is TimeUnit.HOUR:
            return self.calendar.due(received, limit.value, limit.unit)
        start = self.calendar.effective_receipt(received)
        key = (start.day, start.half, limit.value)
        due = self._due_cache.get(key)
        if due is None:
            due = self._due_cache[key] = self.calendar.due(received, limit.value, limit.unit)
        return due

    # ---- a dossier's life -----------------------------------------------------------------
    def _plan(self, first: Status, received: datetime, due: datetime | None,
              procedure: Procedure, desk: str) -> list[Step]:
        """Every move the dossier will make, whether or not its time has come yet."""
        rng = self.rng
        steps = [Step(None, int(first), received, desk, "desk")]

        def move(to: Status, at: datetime, actor: str = CENTRE_ACTOR,
                 source: str = "central") -> datetime:
            current = Status(steps[-1].to_status)
            assert can_transition(current, to), (current, to)
            steps.append(Step(int(current), int(to), at, actor, source))
            return at

        if first is _S.NOT_ACCEPTED:
            return steps
        limit = procedure.time_limit
        days = int(limit.value) if limit.unit is TimeUnit.DAY else int(limit.value >= 8)
        t = received
        waited = 0
        if first is _S.SUPPLEMENT_REQUESTED:
            if rng.random() < 0.2:  # the papers never came: the citizen withdraws
                move(_S.WITHDRAWN, self._later(t, rng.randint(10, 30)), desk, "desk")
                return steps
            waited = rng.randint(1, 7)
            t = move(_S.RECEIVED, self._later(t, waited), desk, "desk")
        t = move(_S.PROCESSING, self._later(t, rng.randint(0, 1)))
        fate = rng.random()
        if fate < WITHDRAWN_SHARE:
            move(_S.WITHDRAWN, self._later(t, rng.randint(1, days + 2)), desk, "desk")
            return steps
        if fate < WITHDRAWN_SHARE + STOPPED_SHARE:
            move(_S.STOPPED, self._later(t, rng.randint(1, days + 5)))
            return steps
        if fate < WITHDRAWN_SHARE + STOPPED_SHARE + SUPPLEMENT_SHARE:
            t = move(_S.SUPPLEMENT_REQUESTED, self._later(t, rng.randint(1, max(1, days // 2))))
            if rng.random() < 0.15:  # the papers never came: processing stops
                move(_S.STOPPED, self._later(t, rng.randint(20, 40)))
                return steps
            pause = rng.randint(2, 10)
            waited += pause
            t = move(_S.PROCESSING, self._later(t, pause), desk, "desk")
        # Processing ends about the appointment (earlier, mostly), later after a pause.
        assert due is not None
        target = self._index(due) - rng.randint(0, days // 3) + waited
        if rng.random() < LATE_SHARE:
            target += rng.randint(1, 5)
        done = self._on_day(target, after=t)
        if procedure.fees and rng.random() < PAYMENT_SHARE:
            asked = t + (done - t) * rng.uniform(0.3, 0.8)
            move(_S.PAYMENT_REQUESTED, asked)
        move(_S.DONE, done)
        if rng.random() < UNCOLLECTED_SHARE:
            return steps
        collected = self._on_day(self._index(done) + rng.choice(COLLECT_DELAYS), after=done)
        move(_S.RETURNED, collected, desk, "desk")
        return steps

    def _return(self, person: DemoPerson, procedure: Procedure, due: datetime | None,
                at: datetime) -> DemoReturn:
        rng = self.rng
        authorised = rng.random() < AUTHORISED_SHARE
        collector = self.people.person(at.year) if authorised else person
        rating = rng.choices(RATINGS, RATING_WEIGHTS)[0]
        return DemoReturn(at, collector.name, collector.id_number, authorised,
                          procedure.total_fee, timing_class(due, at), rating)

    # ---- working-day arithmetic (fast: an index of working days) ----------------------
    def _index(self, moment: datetime) -> int:
        day = moment.astimezone(LOCAL_TZ).date()
        index = self._workday_index.get(day)
        if index is None:  # a day off: the next working day's place
            index = bisect_right(self._workdays, day)
        return index

    def _later(self, moment: datetime, working_days: int) -> datetime:
        return self._on_day(self._index(moment) + working_days, after=moment)

    def _on_day(self, index: int, after: datetime) -> datetime:
        """A working moment of the index-th working day, after `after`."""
        day = self._workdays[min(index, len(self._workdays) - 1)]
        sessions = ((self.hours.morning_start, self.hours.morning_end),
                    (self.hours.afternoon_start, self.hours.afternoon_end))
        begin, end = sessions[self.rng.random() < 0.5]
        start = _at(day, begin)
        moment = start + (_at(day, end) - start) * self.rng.random()
        if moment <= after:
            moment = after + timedelta(minutes=self.rng.randint(5, 90))
        return moment


def _quick(procedure: Procedure) -> bool:
    """Settled within a working day: the counter's daily bread."""
    limit = procedure.time_limit
    return limit.unit is TimeUnit.HOUR or limit.value <= 1


def _at(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, LOCAL_TZ)


def _dates(start: date, end: date) -> Iterator[date]:
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _cumulative(values: list[float]) -> Iterator[float]:
    total = 0.0
    for value in values:
        total += value
        yield total

