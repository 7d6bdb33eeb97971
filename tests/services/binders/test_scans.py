import os
import stat
from datetime import date

import pytest

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.services.binders import papers, scans
from desktop_crm.services.binders.scans import InvalidScan
from desktop_crm.services.cards import customers
from desktop_crm.services.upkeep import integrity
from desktop_crm.store import scan_files
from desktop_crm.store.binder_models import DocumentScan, Scan
from tests import scan_samples
from tests.samples import enterprise


@pytest.fixture
def licence(custodian):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    return papers.file_document(custodian, card.id, {"category": 1, "kind": "business_licence", "year": 2026,
                                                     "title": "营业执照副本", "retention": "D30"},
                                today=date(2026, 11, 23))


def test_pdf_is_stored_by_hash_read_only_and_gives_the_page_count(custodian, licence, tmp_path):
    source = scan_samples.pdf(tmp_path / "执照.pdf", 3)
    row = scans.add_scan(custodian, licence.id, source)
    assert row.pages == 3 and row.path.name == f"{row.sha256}.pdf"
    assert row.path.read_bytes() == source.read_bytes()
    assert not os.stat(row.path).st_mode & stat.S_IWUSR
    assert papers.get_document(custodian, licence.id).pages == 3     # read from the file
    assert papers.get_document(custodian, licence.id).scans == 1


@pytest.mark.parametrize("fmt, suffix, frames", [("JPEG", ".jpg", 1), ("PNG", ".png", 1), ("TIFF", ".tif", 3)])
def test_images_are_accepted_with_their_frames_as_pages(custodian, licence, tmp_path, fmt, suffix, frames):
    row = scans.add_scan(custodian, licence.id, scan_samples.image(tmp_path / f"scan{suffix}", fmt, frames))
    assert row.pages == frames and row.media_type.startswith("image/")


def test_the_same_file_twice_is_stored_once(custodian, licence, tmp_path):
    card = customers.get_card(custodian, licence.customer_id)
    other = papers.file_document(custodian, card.id, {"category": 1, "kind": "legal_mandate", "year": 2026,
                                                      "title": "法人委托书", "retention": "D30"})
    source = scan_samples.pdf(tmp_path / "a.pdf", 1)
    copy = tmp_path / "a-copy.pdf"
    copy.write_bytes(source.read_bytes())
    scans.add_scan(custodian, licence.id, source)
    scans.add_scan(custodian, other.id, copy)
    assert Scan.select().count() == 1 and DocumentScan.select().count() == 2
    assert len(list(scan_files.root().rglob("*.pdf"))) == 1
    with pytest.raises(InvalidScan, match="已经是"):
        scans.add_scan(custodian, licence.id, copy)


@pytest.mark.parametrize("make, words", [
    (lambda p: scan_samples.broken_pdf(p / "broken.pdf"), "不是完好的PDF"),
    (lambda p: scan_samples.encrypted_pdf(p / "locked.pdf"), "密码保护"),
    (lambda p: (p / "empty.pdf").write_bytes(b"") and p / "empty.pdf" or p / "empty.pdf", "空文件"),
    (lambda p: (p / "notes.pdf").write_text("这不是扫描件") and p / "notes.pdf", "不是PDF、JPEG、PNG或TIFF"),
    (lambda p: (p / "cut.jpg").write_bytes(scan_samples.image(p / "ok.jpg", "JPEG").read_bytes()[:200]) and p / "cut.jpg",
     "不是完好的图像"),
])
def test_bad_files_get_a_clear_message_and_are_not_stored(custodian, licence, tmp_path, make, words):
    with pytest.raises(InvalidScan, match=words):
        scans.add_scan(custodian, licence.id, make(tmp_path))
    assert Scan.select().count() == 0
    assert not scan_files.root().exists() or not any(p.is_file() for p in scan_files.root().rglob("*"))


def test_check_reports_missing_and_altered_scans(custodian, licence, tmp_path):
    row = scans.add_scan(custodian, licence.id, scan_samples.pdf(tmp_path / "x.pdf", 1))
    assert integrity.check_archive().ok
    os.chmod(row.path, stat.S_IWUSR | stat.S_IRUSR)
    row.path.write_bytes(row.path.read_bytes() + b"%tampered")
    report = integrity.check_archive()
    assert not report.ok and any("改动" in p for p in report.problems)
    row.path.unlink()
    assert any("缺失" in p for p in integrity.check_archive().problems)


def _bomb_png(path, side: int = 50000):
    """A tiny PNG that claims 50,000 × 50,000 pixels (2.5 gigapixels): a decompression bomb."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
                     + chunk(b"IEND", b""))
    return path


def test_a_decompression_bomb_is_refused_with_a_message(custodian, licence, tmp_path):
    with pytest.raises(InvalidScan, match="像素数大得不合理"):
        scans.add_scan(custodian, licence.id, _bomb_png(tmp_path / "炸弹.png"))
    assert not Scan.select().exists()


def test_scans_attached_to_nothing_are_found_and_removed_by_the_custodian_only(staff, licence, tmp_path):
    from desktop_crm.domain.errors import PermissionDenied
    from desktop_crm.domain.roles import Role

    custodian = staff[Role.CUSTODIAN]
    row = scans.add_scan(custodian, licence.id, scan_samples.pdf(tmp_path / "执照.pdf", 1))
    DocumentScan.delete().execute()                       # the paper's link gone: the scan belongs to nothing
    assert scans.orphans(older_than_seconds=0).records == (row.sha256,)
    with pytest.raises(PermissionDenied):
        scans.remove_orphans(staff[Role.MANAGER], older_than_seconds=0)
    removed = scans.remove_orphans(custodian, older_than_seconds=0)
    assert removed.records == (row.sha256,) and not row.path.exists() and not Scan.select().exists()
    assert not scans.orphans(older_than_seconds=0)


def test_a_damaged_stored_copy_is_replaced_when_the_scan_is_added_again(custodian, licence, tmp_path):
    source = scan_samples.pdf(tmp_path / "执照.pdf", 2)
    row = scans.add_scan(custodian, licence.id, source)
    os.chmod(row.path, stat.S_IRUSR | stat.S_IWUSR)
    damaged = bytearray(row.path.read_bytes())
    damaged[200] ^= 0xFF                                      # same size, other content
    row.path.write_bytes(bytes(damaged))
    os.chmod(row.path, stat.S_IRUSR)                          # read-only, as the store keeps it
    assert integrity.check_archive().problems
    scan_files.store(source, scan_files.inspect(source))
    assert row.path.read_bytes() == source.read_bytes() and not os.stat(row.path).st_mode & stat.S_IWUSR
