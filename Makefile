# Vitiligo Explorer — plain Makefile for Debian 12.
#   make            build ./vitiligo-explorer (never installs anything; tools/deps.sh build
#                   lists what is missing)
#   make run        install missing Debian packages, build, start the explorer
#   make check      install missing Debian packages, build, run every test
#   make install    prefix=/usr/local DESTDIR=   (GNU names; PREFIX= works too)
#   make deb        the Debian package, with dpkg-buildpackage (debian/)
# See README.md for the rest (bench, fuzz, dist, content-audit, update-po).

VERSION   := 1.0.0
# GNU installation directories (https://www.gnu.org/prep/standards/html_node/Directory-Variables.html).
PREFIX      ?= /usr/local
prefix      ?= $(PREFIX)
exec_prefix ?= $(prefix)
bindir      ?= $(exec_prefix)/bin
datarootdir ?= $(prefix)/share
datadir     ?= $(datarootdir)
localedir   ?= $(datarootdir)/locale
mandir      ?= $(datarootdir)/man
man1dir     ?= $(mandir)/man1
docdir      ?= $(datarootdir)/doc/vitiligo-explorer
# The program's own data folder (content), compiled in.
pkgdatadir  ?= $(datadir)/vitiligo-explorer
DESTDIR     ?=
INSTALL         ?= install
INSTALL_PROGRAM ?= $(INSTALL)
INSTALL_DATA    ?= $(INSTALL) -m 644

CC        ?= cc
PYTHON    ?= /usr/bin/python3
# Libraries.  None is linked but the C library: each is loaded the first time the
# program calls it (dlopen is in glibc's libc since 2.34, so no -ldl), and only its
# header is needed here.  OpenCC: src/content/opencc_load.c, the first text converted to
# Simplified; libqrencode: src/text/qr.c, the first QR code; nettle:
# src/content/manifest.c, the first SHA-256 of a content file; cJSON, liblz4 (the pack's
# topic bodies), utf8proc, libunistring and libm: src/core/lib_on_demand.c; ncursesw
# (with libtinfo): src/ui/curses_on_demand.c, the first screen.
# xxHash is not linked either: src/pack/pack_chunks.c compiles it in from
# libxxhash-dev's header.
PKGS      := ncursesw libcjson libutf8proc liblz4
# -Werror only where a developer or CI can fix a new warning at once: in a git
# checkout.  A release tarball (make dist) or a distribution build (debian/rules
# passes WERROR=) must not fail on a warning a newer compiler adds.
WERROR    ?= $(if $(wildcard .git),-Werror)
WARN      := -Wall -Wextra -Wpedantic -Wformat-security $(WERROR)
CSTD      := -std=c17
# CPPFLAGS, CFLAGS and LDFLAGS are the caller's (dpkg-buildflags gives Debian's
# hardening flags); CFLAGS defaults to an optimised build with debug information.
CFLAGS    ?= -O2 -gdwarf-4
CPPFLAGS  ?=
LDFLAGS   ?=
DEFS      := -D_GNU_SOURCE -DVERSION='"$(VERSION)"' -DDATADIR='"$(pkgdatadir)"' -DLOCALEDIR='"$(localedir)"'
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) opencc libqrencode nettle 2>/dev/null)
# (kept for the rules that link: empty, since every library is loaded on first use)
PKG_LIBS   =
ALL_CFLAGS = $(CSTD) $(WARN) $(DEFS) -Isrc $(PKG_CFLAGS) $(CPPFLAGS) $(CFLAGS) $(FILE_CFLAGS)
# src/pack/pack_sum_avx2.c alone is built for AVX2 on x86-64; pack_chunks.c calls it
# only on a CPU that has it.
FILE_CFLAGS =
%/src/pack/pack_sum_avx2.o: FILE_CFLAGS = $(if $(findstring x86_64,$(shell $(CC) -dumpmachine)),-mavx2)

BIN       := vitiligo-explorer
B         := build
SRC       := $(shell find src -name '*.c' | sort)
LIB_SRC   := $(filter-out src/main.c,$(SRC))
OBJ       := $(SRC:%.c=$(B)/obj/%.o)
LIB_OBJ   := $(LIB_SRC:%.c=$(B)/obj/%.o)
ASAN_OBJ  := $(LIB_SRC:%.c=$(B)/asan/%.o)
# Search's Traditional -> Simplified fold table and the script tables (Traditional-only
# and Simplified-only characters), generated from OpenCC's data, search's pinyin
# readings, generated from the Luna Pinyin dictionary, and its table of ideographs,
# taken from libunistring (never committed).
GEN_SRC   := $(B)/gen/fold_table.c $(B)/gen/script_table.c $(B)/gen/pinyin_table.c $(B)/gen/ideographic_table.c
OBJ       += $(GEN_SRC:%.c=$(B)/obj/%.o)
LIB_OBJ   += $(GEN_SRC:%.c=$(B)/obj/%.o)
ASAN_OBJ  += $(GEN_SRC:%.c=$(B)/asan/%.o)
SAN       := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
UNIT_SRC  := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
ASAN_BIN  := $(UNIT_SRC:tests/unit/%.c=$(B)/tests-asan/%)

PO_LANGS  := zh_TW zh_HK zh_CN
# Makes zh_HK.po and zh_CN.po from zh_TW.po with the content's regional term table.
REGIONAL_PO := $(B)/tools/regional-po
MO        := $(PO_LANGS:%=$(B)/locale/%/LC_MESSAGES/$(BIN).mo)

.PHONY: print-installed deps-fuzz all run check install install-kiosk uninstall clean distclean dist deps deps-test deps-check update-po manifest \
        content-audit check-unit check-asan check-content check-content-strict check-po check-valgrind check-py check-fuzz check-layers fuzz deb
.DELETE_ON_ERROR:

all: deps-check $(BIN) $(MO) content/MANIFEST $(B)/content.pack

# The compiled content pack the program opens by default (docs/pack-format.md): every
# language variety made (OpenCC is needed here, not at run time), checked by chunks.
$(B)/content.pack: $(BIN) $(CONTENT_FILES) content/MANIFEST
	./$(BIN) --content content --write-pack $@

# A plain make only checks the build packages and names the missing ones; it never
# runs apt-get.  make run, make check, make fuzz and make bench install what is missing
# (tools/deps.sh).  DEPS_CHECK= skips the check (debian/rules: dpkg checks Build-Depends).
DEPS_CHECK ?= 1
deps-check:
	@$(if $(DEPS_CHECK),tools/deps.sh --check build,:)

deps:
	@tools/deps.sh build

deps-test:
	@tools/deps.sh test

deps-fuzz:
	@tools/deps.sh fuzz

$(BIN): $(OBJ)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(PKG_LIBS)

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(B)/asan/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(SAN) -MMD -MP -c -o $@ $<

-include $(OBJ:.o=.d) $(ASAN_OBJ:.o=.d)

# The install paths and version are compiled in: rebuild what uses them when they
# change (make install PREFIX=/usr after a plain make must not keep /usr/local).
$(B)/config.stamp: FORCE
	@mkdir -p $(B); echo '$(DEFS)' | cmp -s - $@ || echo '$(DEFS)' > $@
$(B)/obj/src/core/paths.o $(B)/obj/src/main.o $(B)/asan/src/core/paths.o: $(B)/config.stamp
.PHONY: FORCE
FORCE:

$(B)/gen/fold_table.c: tools/make-fold-table.sh
	tools/make-fold-table.sh $@

$(B)/gen/script_table.c: tools/make-script-table.sh
	tools/make-script-table.sh $@

$(B)/gen/pinyin_table.c: tools/make-pinyin-table.sh
	tools/make-pinyin-table.sh $@

$(B)/gen/ideographic_table.c: tools/make-ideographic-table.sh
	CC='$(CC)' tools/make-ideographic-table.sh $@

# ---- translations -------------------------------------------------------------
$(B)/locale/%/LC_MESSAGES/$(BIN).mo: locale/%.po
	@mkdir -p $(dir $@)
	msgfmt -c -o $@ $<

update-po:
	xgettext --from-code=UTF-8 --keyword=_ --keyword=P_:1,2 --keyword=N_ --keyword=tr:2 --keyword=ntr:2,3 --add-comments=TRANSLATORS \
	  --package-name=$(BIN) --package-version=$(VERSION) -o locale/$(BIN).pot $(SRC) $(sort $(wildcard src/*/*.h))
	msgmerge -q --update --backup=none --no-fuzzy-matching locale/zh_TW.po locale/$(BIN).pot
	msgattrib --no-obsolete -o locale/zh_TW.po locale/zh_TW.po # a removed msgid leaves no dead entry behind
	msgcat --no-wrap -o locale/zh_TW.po locale/zh_TW.po
	$(MAKE) --no-print-directory $(REGIONAL_PO)
	tools/make-regional-po.sh zh_HK $(REGIONAL_PO) content locale/$(BIN).pot locale/zh_HK.po
	tools/make-regional-po.sh zh_CN $(REGIONAL_PO) content locale/$(BIN).pot locale/zh_CN.po

$(REGIONAL_PO): tools/regional-po.c $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB_OBJ) $(PKG_LIBS)

# ---- content checksums ----------------------------------------------------------
CONTENT_FILES = $(shell find content -name '*.json' | sort)
content/MANIFEST: $(CONTENT_FILES)
	@tools/make-manifest.sh content > $@.tmp && mv $@.tmp $@

manifest: content/MANIFEST

# ---- running ------------------------------------------------------------------
run: deps
	@$(MAKE) --no-print-directory all
	./$(BIN)

# ---- tests --------------------------------------------------------------------
# The unit tests link libqrencode: test_qr.c checks the capacity table against it.
$(B)/tests/%: tests/unit/%.c $(LIB_OBJ) tests/unit/test_util.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(LIB_OBJ) $(PKG_LIBS) -lqrencode -lcmocka

$(B)/tests-asan/%: tests/unit/%.c $(ASAN_OBJ) tests/unit/test_util.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(SAN) -Itests/unit -o $@ $< $(ASAN_OBJ) $(PKG_LIBS) -lqrencode -lcmocka

TEST_ENV := LC_ALL=C.UTF-8 LANGUAGE= TZ=UTC VE_FIXTURES=$(CURDIR)/tests/fixtures VE_ROOT=$(CURDIR) VE_REQUIRE_TOOLS=1

check-unit: $(UNIT_BIN) $(MO)
	@for t in $(UNIT_BIN); do $(TEST_ENV) $$t || exit 1; done

check-asan: $(ASAN_BIN) $(MO)
	@for t in $(ASAN_BIN); do $(TEST_ENV) ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 $$t || exit 1; done

# --strict also checks the safety floors of the treatment rules and glossary terms used
# before a page explains them (content/README.md), so new jargon fails the check.
check-content: $(BIN) content/MANIFEST
	@tools/check-bundled-content.sh ./$(BIN) content $(if $(TODAY),--today $(TODAY))

# The same, but a review date that has passed fails too: the content team's list of
# texts to review.  CI runs it as information; make check does not (no time bomb).
content-audit: $(BIN) content/MANIFEST
	@tools/check-bundled-content.sh ./$(BIN) content --audit $(if $(TODAY),--today $(TODAY))

# The old name, kept so that scripts calling it still work.
check-content-strict: check-content

# Folder cycles, curses outside src/ui and _() below the start-up code (tools/check-layers.sh).
check-layers:
	@tools/check-layers.sh

check-po: $(REGIONAL_PO)
	@mkdir -p $(B)/po
	@for c in zh_HK zh_CN; do \
	  tools/make-regional-po.sh $$c $(REGIONAL_PO) content locale/$(BIN).pot $(B)/po/$$c.po || exit 1; \
	  cmp -s $(B)/po/$$c.po locale/$$c.po || { diff -u locale/$$c.po $(B)/po/$$c.po | head -20; \
	    echo "FAIL: locale/$$c.po is not what zh_TW.po, content/regional-terms.json and locale/by-hand/$$c.po make; run make update-po"; exit 1; }; \
	done
	@for po in locale/*.po; do \
	  s=$$(LC_ALL=C msgfmt -c --statistics -o /dev/null $$po 2>&1) || { echo "$$po: $$s"; exit 1; }; \
	  echo "$$po: $$s"; \
	  case "$$s" in *untranslated*|*fuzzy*) echo "FAIL: $$po is not completely translated"; exit 1;; esac; \
	done

VALGRIND := valgrind -q --error-exitcode=9 --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible
check-valgrind: $(BIN)
	@for args in "--list" "--show what-is-vitiligo --width 60" "--show koebner --lang zh-Hans --width 40" "--show light-therapy --lang zh-HK" \
	    "--search koebnr --lang zh-Hans" "--search 照光 --json" "--check-content" "--kiosk --config /dev/null --list" \
	    "--sheet --type nsv --site face --compare light-therapy,ruxolitinib-cream --lang zh-Hans"; do \
	  $(TEST_ENV) $(VALGRIND) ./$(BIN) --content tests/fixtures/content $$args > /dev/null || { echo "FAIL: valgrind $$args"; exit 1; }; \
	done
	@./$(BIN) --content tests/fixtures/content --write-pack $(B)/fixtures.pack
	@for args in "--list" "--show what-is-vitiligo --width 60" "--show koebner --lang zh-Hans --width 40" \
	    "--search koebnr --lang zh-Hans" "--search 照光 --json" "--treatments --lang zh-HK"; do \
	  $(TEST_ENV) $(VALGRIND) ./$(BIN) --content $(B)/fixtures.pack $$args > /dev/null || { echo "FAIL: valgrind (pack) $$args"; exit 1; }; \
	done; echo "valgrind: no errors or leaks"
	@cd tests/e2e && $(TEST_ENV) $(PYTHON) valgrind_tui.py $(CURDIR)/$(BIN) # scripted TUI sessions, reader and kiosk

# The program built with AddressSanitizer and UBSan: the broken-store tests run it, so
# their "no sanitizer report" check can fail.
ASAN_PROG := $(B)/asan-bin/$(BIN)
$(ASAN_PROG): $(ASAN_OBJ) $(B)/asan/src/main.o
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(SAN) -o $@ $^ $(PKG_LIBS) $(LDFLAGS)
$(B)/asan/src/main.o: $(B)/config.stamp

# The program as on a machine without OpenCC: its loader always fails
# (tests/cli/test_without_opencc.py).  It finds the catalogues as ./$(BIN) does.
NO_OPENCC_PROG := $(B)/no-opencc/$(BIN)
$(NO_OPENCC_PROG): tests/cli/without_opencc.c $(OBJ) $(MO)
	@mkdir -p $(dir $@)build && ln -sfn ../../locale $(dir $@)build/locale
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(OBJ) $(PKG_LIBS)

check-py: $(BIN) $(ASAN_PROG) $(B)/search-dump $(NO_OPENCC_PROG)
	$(TEST_ENV) $(PYTHON) -m pytest -p no:cacheprovider -q -n 3 tests

# The screen tests mostly wait on a terminal (the idle-reset tests on a fast clock), so
# pytest runs on three workers beside the fuzz replay and valgrind, which use the CPU;
# each step's output is kept together (-O).
check: deps-test
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory check-layers check-po check-content check-unit check-asan
	@$(MAKE) --no-print-directory -j3 -O check-py check-fuzz check-valgrind

# ---- mutants -------------------------------------------------------------------
# make mutants: every mutation in tests/mutants/mutants.tsv, one at a time, on a scratch
# copy (build/mutants/tree); fails if its test does not catch one (tools/mutants.py).
.PHONY: mutants
mutants: all $(UNIT_BIN) $(ASAN_PROG)
	@$(PYTHON) tools/mutants.py

# ---- fuzzing ------------------------------------------------------------------
# make fuzz: every tests/fuzz/fuzz_*.c harness under libFuzzer + ASan + UBSan (clang),
# FUZZ_SECONDS each, starting from the committed seeds in tests/fuzz/corpus/NAME/.
# A failing input is saved as $(B)/fuzz-crashes/NAME-crash-*; copy it into
# tests/fuzz/regressions/NAME/ with the fix.  make check replays the seeds and every
# regression once (check-fuzz), with $(CC) + ASan + UBSan and no libFuzzer.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_SRC     := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_NAMES   := $(FUZZ_SRC:tests/fuzz/%.c=%)
FUZZ_BIN     := $(FUZZ_NAMES:%=$(B)/fuzz/%)
REPLAY_BIN   := $(FUZZ_NAMES:%=$(B)/fuzz-replay/%)
FUZZ_OBJ     := $(LIB_SRC:%.c=$(B)/fuzz-obj/%.o) $(GEN_SRC:%.c=$(B)/fuzz-obj/%.o)
FUZZ_FLAGS   := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_RUN_ENV := $(TEST_ENV) ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

$(B)/fuzz-obj/%.o: %.c | deps-fuzz
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

$(B)/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(FUZZ_OBJ)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer -Itests/fuzz -o $@ $< $(FUZZ_OBJ) $(PKG_LIBS)

$(B)/fuzz-replay/%: tests/fuzz/%.c tests/fuzz/replay.c tests/fuzz/fuzz.h $(ASAN_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(SAN) -Itests/fuzz -o $@ $< tests/fuzz/replay.c $(ASAN_OBJ) $(PKG_LIBS)

-include $(FUZZ_OBJ:.o=.d)
.SECONDARY: $(ASAN_OBJ) $(FUZZ_OBJ) # keep the objects between runs

check-fuzz: $(REPLAY_BIN)
	@for f in $(FUZZ_NAMES); do \
	  set -- tests/fuzz/corpus/$$f; [ -d tests/fuzz/regressions/$$f ] && set -- "$$@" tests/fuzz/regressions/$$f; \
	  $(FUZZ_RUN_ENV) $(B)/fuzz-replay/$$f "$$@" || { echo "FAIL: fuzz replay $$f"; exit 1; }; \
	done

fuzz: deps-fuzz $(FUZZ_BIN)
	@mkdir -p $(B)/fuzz-logs $(B)/fuzz-crashes; : > $(B)/fuzz-summary.txt; fail=0; passed=0; failed=0; \
	for f in $(FUZZ_NAMES); do \
	  mkdir -p $(B)/fuzz-corpus/$$f; \
	  echo "fuzz: $$f for $(FUZZ_SECONDS) s"; \
	  maxlen=65536; [ $$f = fuzz_pack ] && maxlen=196608; \
	  if $(FUZZ_RUN_ENV) $(B)/fuzz/$$f -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	      -max_len=$$maxlen -print_final_stats=1 -artifact_prefix=$(B)/fuzz-crashes/$$f- \
	      $(B)/fuzz-corpus/$$f tests/fuzz/corpus/$$f > $(B)/fuzz-logs/$$f.log 2>&1; then r=clean; passed=$$((passed+1)); \
	  else r=FAILED; fail=1; failed=$$((failed+1)); tail -40 $(B)/fuzz-logs/$$f.log; fi; \
	  runs=$$(sed -n 's/^stat::number_of_executed_units: *//p' $(B)/fuzz-logs/$$f.log); \
	  cov=$$(grep -o 'cov: [0-9]*' $(B)/fuzz-logs/$$f.log | tail -1); \
	  echo "$$f: $$r, $${runs:-?} executions in $(FUZZ_SECONDS) s, $$cov, corpus $$(ls $(B)/fuzz-corpus/$$f | wc -l) inputs" \
	    | tee -a $(B)/fuzz-summary.txt; \
	done; echo "fuzz: $$passed passed, $$failed failed"; exit $$fail

# make fuzz-keep: after make fuzz, merges what the run found into the committed seeds,
# minimised (libFuzzer -merge=1 keeps only inputs that add coverage), so the next run
# starts from there; commit tests/fuzz/corpus/ afterwards (CI keeps the result as an
# artifact).
.PHONY: fuzz-keep
fuzz-keep: $(FUZZ_BIN)
	@for f in $(FUZZ_NAMES); do \
	  [ -d $(B)/fuzz-corpus/$$f ] || continue; \
	  before=$$(ls tests/fuzz/corpus/$$f | wc -l); \
	  maxlen=65536; [ $$f = fuzz_pack ] && maxlen=196608; \
	  $(FUZZ_RUN_ENV) $(B)/fuzz/$$f -merge=1 -max_len=$$maxlen -timeout=10 tests/fuzz/corpus/$$f $(B)/fuzz-corpus/$$f \
	    > $(B)/fuzz-logs/$$f-merge.log 2>&1 || { tail -20 $(B)/fuzz-logs/$$f-merge.log; exit 1; }; \
	  echo "$$f: $$before seeds, now $$(ls tests/fuzz/corpus/$$f | wc -l)"; \
	done

# ---- search benchmark (prints figures; never a timed test) -------------------------
BENCH_STORE := $(B)/bench-store
.PHONY: bench
BENCH_10K   := $(B)/bench-store-10k
bench: $(BIN) $(B)/search-bench $(B)/measure $(BENCH_STORE)/categories.json $(BENCH_10K)/categories.json
	@tools/deps.sh bench
	@$(B)/search-bench tests/search/queries.tsv content $(BENCH_STORE)
	@echo; echo "---- pinyin queries (tests/search/pinyin_queries.tsv) ----"
	@$(B)/search-bench tests/search/pinyin_queries.tsv content $(BENCH_STORE)
	@echo; echo "---- whole processes, side by side (issue 14) ----"
	@$(PYTHON) bench/whole_process.py --measure $(B)/measure ./$(BIN) $(if $(BENCH_BEFORE),--before $(BENCH_BEFORE)) content $(BENCH_STORE) $(BENCH_10K)

# What one start costs (--version, --show, --search, the TUI's first screen) beside an
# empty C program and one linked with the same libraries; BENCH_BEFORE adds an older build.
.PHONY: bench-startup
bench-startup: $(BIN) $(MO)
	@$(PYTHON) bench/startup.py ./$(BIN) $(if $(BENCH_BEFORE),--before $(BENCH_BEFORE))

BENCH_OBJ   := $(filter-out $(B)/obj/src/ui/%,$(LIB_OBJ))
# Everything search answers, for tests/search/test_search_identity.py.
$(B)/search-dump: tests/search/search_dump.c $(BENCH_OBJ)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(BENCH_OBJ) $(PKG_LIBS)

# Starts each process of the whole-process bench from a small C parent (bench/measure.c).
$(B)/measure: bench/measure.c
	$(CC) $(ALL_CFLAGS) -o $@ $<

$(B)/search-bench: bench/search_bench.c $(BENCH_OBJ)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(BENCH_OBJ) $(PKG_LIBS)

$(BENCH_STORE)/categories.json: bench/make-store.py $(CONTENT_FILES)
	$(PYTHON) bench/make-store.py $(BENCH_STORE) 1000 20

$(BENCH_10K)/categories.json: bench/make-store.py $(CONTENT_FILES)
	$(PYTHON) bench/make-store.py $(BENCH_10K) 10000 40

# ---- Debian package -------------------------------------------------------------
# build/deb/vitiligo-explorer_VERSION-REV_ARCH.deb: dpkg-buildpackage -us -uc -b (debian/,
# dh with debhelper compat 13) run on a copy of the working tree in build/deb/, so it
# starts clean and writes nothing outside build/; then lintian, which must report no
# error and no warning.  Installs the packaging tools and Build-Depends first.
# In a fresh clone, dpkg-buildpackage -us -uc -b at the top works as well (it writes
# to the parent folder, as it always does).
DEB_DIR := $(B)/deb
deb:
	@tools/deps.sh deb
	rm -rf $(DEB_DIR) && mkdir -p $(DEB_DIR)/$(BIN)-$(VERSION)
	git ls-files -z --cached --others --exclude-standard | \
	  tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C $(DEB_DIR)/$(BIN)-$(VERSION)
	cd $(DEB_DIR)/$(BIN)-$(VERSION) && dpkg-buildpackage -us -uc -b
	lintian --fail-on error,warning --info $(DEB_DIR)/$(BIN)_*.changes
	@echo "built $$(ls $(DEB_DIR)/*.deb)"

# ---- release tarball ------------------------------------------------------------------
# vitiligo-explorer-$(VERSION).tar.gz from the committed tree (git archive), with
# the same file dates and order every time.
dist:
	git archive --format=tar.gz --prefix=$(BIN)-$(VERSION)/ -o $(BIN)-$(VERSION).tar.gz HEAD
	@echo "wrote $(BIN)-$(VERSION).tar.gz"

# ---- install ------------------------------------------------------------------
# What install puts is listed once (INSTALLED, relative to DESTDIR), so that
# uninstall removes exactly those files and then only the folders it left empty.
TOPIC_FILES     = $(sort $(wildcard content/topics/*.json))
TREATMENT_FILES = $(sort $(wildcard content/treatments/*.json))
CONTENT_TOP     = $(sort $(wildcard content/*.json)) content/MANIFEST content/README.md content/LICENSE.md content/CC-BY-4.0.txt
INSTALLED = $(bindir)/$(BIN) $(man1dir)/$(BIN).1 \
  $(PO_LANGS:%=$(localedir)/%/LC_MESSAGES/$(BIN).mo) \
  $(pkgdatadir)/content.pack $(CONTENT_TOP:content/%=$(pkgdatadir)/content/%) \
  $(TOPIC_FILES:content/%=$(pkgdatadir)/content/%) $(TREATMENT_FILES:content/%=$(pkgdatadir)/content/%) \
  $(docdir)/README.md $(docdir)/LICENSE $(docdir)/kiosk.md $(docdir)/reliability.md
INSTALLED_DIRS = $(pkgdatadir)/content/topics $(pkgdatadir)/content/treatments $(pkgdatadir)/content $(pkgdatadir) $(docdir)

install: all
	$(INSTALL) -d $(DESTDIR)$(bindir) $(DESTDIR)$(man1dir) $(DESTDIR)$(docdir) \
	  $(DESTDIR)$(pkgdatadir)/content/topics $(DESTDIR)$(pkgdatadir)/content/treatments
	$(INSTALL_PROGRAM) -m 755 $(BIN) $(DESTDIR)$(bindir)/$(BIN)
	$(INSTALL_DATA) $(B)/content.pack $(DESTDIR)$(pkgdatadir)/content.pack
	$(INSTALL_DATA) $(CONTENT_TOP) $(DESTDIR)$(pkgdatadir)/content/
	$(INSTALL_DATA) $(TOPIC_FILES) $(DESTDIR)$(pkgdatadir)/content/topics/
	$(if $(TREATMENT_FILES),$(INSTALL_DATA) $(TREATMENT_FILES) $(DESTDIR)$(pkgdatadir)/content/treatments/)
	for l in $(PO_LANGS); do $(INSTALL) -d $(DESTDIR)$(localedir)/$$l/LC_MESSAGES; \
	  $(INSTALL_DATA) $(B)/locale/$$l/LC_MESSAGES/$(BIN).mo $(DESTDIR)$(localedir)/$$l/LC_MESSAGES/ || exit 1; done
	$(INSTALL_DATA) docs/$(BIN).1 $(DESTDIR)$(man1dir)/$(BIN).1
	$(INSTALL_DATA) README.md LICENSE docs/kiosk.md docs/reliability.md $(DESTDIR)$(docdir)/

# The kiosk files (systemd units, /etc/vitiligo-explorer.conf, PAM, foot.ini, console
# keymap) come with the Debian package (debian/); see docs/kiosk.md.

uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))
	-for d in $(addprefix $(DESTDIR),$(INSTALLED_DIRS)); do [ -d "$$d" ] && rmdir "$$d" 2>/dev/null; done; true

# The list uninstall uses (for the install/uninstall test).
print-installed:
	@printf '%s\n' $(INSTALLED)

clean:
	rm -rf $(B) $(BIN)

# Also what make writes outside build/: the content's MANIFEST and the tarball.
distclean: clean
	rm -f $(BIN)-$(VERSION).tar.gz content/MANIFEST
