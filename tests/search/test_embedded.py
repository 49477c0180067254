"""The embedded SQLite/FTS5 index beyond the shared contract (tests/search/test_contract.py):
its FTS5 expressions, decimal sort keys, files on disk and concurrent use."""

from __future__ import annotations

import itertools
import random
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from core.errors import QueryError
from search._embedded import EmbeddedIndex
from search._query import decimal_sort_key, match_expression
from search._types import SearchQuery
from tests.search.builders import TENANT, make_document


@pytest.fixture
def index(tmp_path: Path) -> EmbeddedIndex:
    return EmbeddedIndex(tmp_path / "search.db")


def test_match_expression_quotes_every_word() -> None:
    assert match_expression('say "hi" -x') == '"say" AND """hi""" AND "-x"*'
    assert match_expression(" * - ") is None


def test_decimal_sort_key_orders_like_the_numbers() -> None:
    rng = random.Random(7)
    values = [Decimal(0), Decimal("0.00"), Decimal("-0")]
    for _ in range(2000):
        digits = rng.randint(0, 10 ** rng.randint(1, 12))
        values.append(Decimal(digits).scaleb(-rng.randint(0, 8)) * rng.choice([1, -1]))
    by_key = sorted(values, key=decimal_sort_key)
    assert by_key == sorted(values)
    for left, right in itertools.pairwise(by_key):
        assert (decimal_sort_key(left) == decimal_sort_key(right)) == (left == right)
    assert decimal_sort_key(Decimal("0.10")) == decimal_sort_key(Decimal("0.1"))


@pytest.mark.parametrize("amount", [Decimal("NaN"), Decimal("Infinity"), Decimal("1E+999999")])
def test_decimal_sort_key_rejects_what_it_cannot_order(amount: Decimal) -> None:
    with pytest.raises(QueryError):
        decimal_sort_key(amount)


def test_index_creates_its_folder_on_first_use(tmp_path: Path) -> None:
    index = EmbeddedIndex(tmp_path / "not" / "yet" / "there" / "search.db")
    assert index.ping()
    index.upsert([make_document("a")])
    assert index.count(tenant_id=TENANT) == 1


def test_ping_reports_an_unusable_path(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert EmbeddedIndex(blocker / "search.db").ping() is False


def test_concurrent_searches_while_writing(index: EmbeddedIndex) -> None:
    index.upsert(make_document(f"seed{n}", text="concurrent") for n in range(20))
    errors: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        try:
            while not stop.is_set():
                page = index.search(SearchQuery(tenant_id=TENANT, text="concurrent"))
                assert page.total >= 20
                assert index.count(tenant_id=TENANT) >= 20
        except BaseException as exc:
            errors.append(exc)

    def write(worker: int) -> None:
        try:
            for n in range(30):
                index.upsert([make_document(f"w{worker}-{n}", text="concurrent")])
                with index.bulk() as batch:
                    batch.add(make_document(f"seed{n % 20}", text="concurrent rewrite"))
        except BaseException as exc:
            errors.append(exc)

    readers = [threading.Thread(target=read) for _ in range(4)]
    writers = [threading.Thread(target=write, args=(worker,)) for worker in range(2)]
    for thread in readers + writers:
        thread.start()
    for thread in writers:
        thread.join()
    stop.set()
    for thread in readers:
        thread.join()
    assert errors == []
    assert index.count(tenant_id=TENANT) == 20 + 2 * 30
