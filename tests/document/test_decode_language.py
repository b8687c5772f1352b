import pytest

from tawthiq.document.decode import UndecodableError, decode_text
from tawthiq.document.language import detect_language


def test_legacy_encodings_are_detected_not_guessed(fixtures_dir):
    text, enc = decode_text((fixtures_dir / "articles" / "mali_cp1252.txt").read_bytes())
    assert "armés" in text and "Traoré" in text
    text, enc = decode_text((fixtures_dir / "articles" / "donetsk_koi8r.txt").read_bytes())
    assert "мирных жителей" in text


def test_bom_is_honoured():
    assert decode_text("\ufeffReport".encode("utf-8"))[0] == "Report"
    assert decode_text("Доклад".encode("utf-16"))[0] == "Доклад"


def test_control_garbage_is_undecodable():
    with pytest.raises(UndecodableError):
        decode_text(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20] * 50 + [0xFF, 0xFE, 0x81]))


@pytest.mark.parametrize(
    "text,code",
    [
        ("Government forces shelled the southern districts on Monday, residents said.", "en"),
        ("Soldiers killed 40 Shabaab fighters near Kismayo.", "en"),
        ("Los soldados mataron a 40 combatientes cerca de la frontera.", "es"),
        ("De soldaten hebben gisteren het dorp bij de grens beschoten.", "nl"),
        ("قالت مصادر محلية إن طائرات حربية قصفت السوق", "ar"),
        ("Les forces gouvernementales ont bombardé la ville lundi.", "fr"),
        ("Российские войска обстреляли город в понедельник.", "ru"),
        ("Російські війська обстріляли місто в понеділок.", "uk"),
    ],
)
def test_language(text, code):
    assert detect_language(text) == code


def test_too_little_text_has_no_language():
    assert detect_language("12 / 3") is None
