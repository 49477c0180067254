"""Every slice's label wording against the sets written before it, from fresh7 on: in every
language at least half of a slice's distinct label phrasings are used by no earlier set and each
common fact has three phrasings, so neighbouring layouts differ; and, from fresh8 on, asking
`earlier_labels` for the slices compared with adds to the earlier answer in every language. No
slice is generated here."""

from __future__ import annotations

import pytest

from tests.samples.slices import WORDING, check_new_labels, earlier_labels

# The samples folder is on the import path once `slices` is imported.
# isort: off
import generate
# isort: on

NAMES = list(WORDING)
# A slice is compared with the labels through the slice before it, except where two slices were
# written side by side: both are compared with the slice before the pair.
AGAINST = {"fresh7": "fresh5", "fresh19": "fresh17"}
# Those labels grow on the labels through the slice before them; after the side-by-side sixth and
# seventh slices, fresh8 compares with the fifth.
GROWS_FROM = {"fresh8": "fresh5"}


def _previous(name: str) -> str:
    return NAMES[NAMES.index(name) - 1]


def _against(name: str) -> str:
    return AGAINST.get(name, _previous(name))


def _grows_from(name: str) -> str:
    return GROWS_FROM.get(name, _previous(_against(name)))


@pytest.mark.parametrize("name", NAMES[NAMES.index("fresh7") :])
def test_most_label_phrasings_are_new_in_every_language(name: str) -> None:
    """Real invoices share common labels, so a slice may reuse some; in every language at least
    half of its distinct label phrasings are used by no earlier set (the third slice to the one
    it is compared with), and each common fact has three phrasings."""
    check_new_labels(WORDING[name].WORDING, earlier_labels(through=_against(name)))


@pytest.mark.parametrize("name", NAMES[NAMES.index("fresh8") :])
def test_the_earlier_slices_keep_their_label_sets(name: str) -> None:
    """Asking for the wording of the slices a slice is compared with only adds to the earlier
    answer."""
    before = earlier_labels(through=_grows_from(name))
    after = earlier_labels(through=_against(name))
    for lang in generate.LOCALES:
        assert before[lang] < after[lang]
