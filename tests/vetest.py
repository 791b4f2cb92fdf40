"""Shared test helpers: where the binary and the fixtures are, a pinned environment."""
import ctypes
import os
import pathlib
import struct
import subprocess
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = ROOT / "vitiligo-explorer"
FIXTURES = ROOT / "tests" / "fixtures"
FIXTURE_STORE = FIXTURES / "content"


def clean_env(**extra):
    """A fixed environment so results do not depend on the machine running them."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": os.environ.get("TMPDIR", "/tmp"),
        "LANG": "C.UTF-8",
        "TZ": "UTC",
        "TERM": "xterm-256color",
    }
    env.update({k: v for k, v in extra.items() if v is not None})
    return env


def run(*args, env=None, input=None):
    """Runs the binary; returns the CompletedProcess with text output."""
    return subprocess.run(
        [str(BINARY), *args],
        capture_output=True,
        text=True,
        env=env or clean_env(),
        input=input,
        timeout=60,
    )


def cols(line):
    """Display columns as a terminal counts them (wide and full-width are 2), from
    Python's own Unicode tables: independent of the program's width function."""
    total = 0
    for ch in line:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


# ---- content packs (docs/pack-format.md) ----------------------------------------------
PACK_HEADER = 128
PACK_CHUNK = 4 * 1024
PACK_GROUP = 256  # chunk sums per group of the chunk table
PACK_SECTIONS = ("META", "STRS", "REFS", "REGN", "CATG", "TOPC", "TLOC", "GLOS", "QUES", "TRTM", "BODY", "INDX")


def pack_layout(data):
    """(data area offset, {kind: (offset in the data area, size)}) of a pack's bytes."""
    data_at = struct.unpack_from("<Q", data, 32)[0]
    secs = {}
    for i, kind in enumerate(PACK_SECTIONS):
        entry = PACK_HEADER + 32 * i
        assert data[entry:entry + 4].decode() == kind
        secs[kind] = struct.unpack_from("<QQ", data, entry + 8)
    return data_at, secs


class _XXH128(ctypes.Structure):
    _fields_ = [("low64", ctypes.c_uint64), ("high64", ctypes.c_uint64)]


_xxhash = None


def pack_chunk_sum(chunk):
    """A chunk's sum as the pack's chunk table holds it: XXH3-128, high half first,
    big-endian (docs/pack-format.md), from libxxhash (the program compiles the same
    XXH3 in from libxxhash-dev's header).  The header's sum fields hold the same sum,
    then 16 zero bytes."""
    global _xxhash
    if _xxhash is None:
        _xxhash = ctypes.CDLL("libxxhash.so.0")
        _xxhash.XXH3_128bits.restype = _XXH128
        _xxhash.XXH3_128bits.argtypes = (ctypes.c_char_p, ctypes.c_size_t)
    h = _xxhash.XXH3_128bits(bytes(chunk), len(chunk))
    return struct.pack(">QQ", h.high64, h.low64)


_lz4 = None


def _liblz4():
    global _lz4
    if _lz4 is None:
        _lz4 = ctypes.CDLL("liblz4.so.1")
        _lz4.LZ4_compressBound.restype = ctypes.c_int
        _lz4.LZ4_compressBound.argtypes = (ctypes.c_int,)
        _lz4.LZ4_compress_HC.restype = ctypes.c_int
        _lz4.LZ4_compress_HC.argtypes = (ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_int, ctypes.c_int)
        _lz4.LZ4_decompress_safe.restype = ctypes.c_int
        _lz4.LZ4_decompress_safe.argtypes = (ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)
    return _lz4


def pack_compress(plain):
    """plain compressed as the pack writer compresses a topic body: an LZ4 block at
    LZ4HC's strongest level (12), so that it fits where a body was."""
    lz4 = _liblz4()
    bound = lz4.LZ4_compressBound(len(plain))
    out = ctypes.create_string_buffer(bound)
    n = lz4.LZ4_compress_HC(bytes(plain), out, len(plain), bound, 12)
    assert n > 0
    return out.raw[:n]


def pack_decompress(block, size):
    """The topic body an LZ4 block makes, which must be size bytes."""
    out = ctypes.create_string_buffer(max(size, 1))
    n = _liblz4().LZ4_decompress_safe(bytes(block), out, len(block), size)
    assert n == size, f"the block makes {n} bytes, not {size}"
    return out.raw[:n]


def pack_sum_tables(data):
    """(where the group table starts, where the chunk table starts, the number of
    chunks) of a pack's bytes, from its header's chunk count."""
    nchunks = struct.unpack_from("<I", data, 28)[0]
    groups_at = PACK_HEADER + 32 * len(PACK_SECTIONS)
    return groups_at, groups_at + 16 * ((nchunks + PACK_GROUP - 1) // PACK_GROUP), nchunks


def fix_pack_sums(data):
    """Recomputes every chunk sum, every group sum and the header's own sum, so that
    only the pack's structural checks can find what a test changed."""
    data = bytearray(data)
    data_at, _ = pack_layout(data)
    area = bytes(data[data_at:])
    _, table, nchunks = pack_sum_tables(data)
    assert nchunks == (len(area) + PACK_CHUNK - 1) // PACK_CHUNK
    for k in range(nchunks):
        data[table + 16 * k:table + 16 * k + 16] = pack_chunk_sum(area[k * PACK_CHUNK:(k + 1) * PACK_CHUNK])
    return bytes(fix_pack_group_sums(data))


def fix_pack_group_sums(data):
    """Recomputes the sums of the groups of the chunk table, and the header's own sum,
    leaving the chunk sums as they are: a changed chunk sum then only fails its chunk."""
    groups_at, table, nchunks = pack_sum_tables(data)
    for g in range((nchunks + PACK_GROUP - 1) // PACK_GROUP):
        sums = data[table + 16 * PACK_GROUP * g:table + 16 * min(PACK_GROUP * (g + 1), nchunks)]
        data[groups_at + 16 * g:groups_at + 16 * g + 16] = pack_chunk_sum(sums)
    return fix_pack_header_sum(data)


def fix_pack_header_sum(data):
    """Recomputes the header's own sum (bytes 80-111: XXH3-128 of the header, section
    table and group table, taken with that field as zeros, then 16 zero bytes)."""
    _, table, _ = pack_sum_tables(data)
    data[80:112] = bytes(32)
    data[80:96] = pack_chunk_sum(bytes(data[:table]))
    return data
