#!/usr/bin/env python3
"""Lists what changed between the English texts of the Camunda webapps and our Dutch nl.json files.

Usage: scripts/locales-diff.py [path/to/camunda-webapp-webjar-<version>.jar]
Without an argument it takes the webjar version of pom.xml (camunda.version) from ~/.m2.

Per app (tasklist, cockpit, admin, welcome): keys the new en.json has and nl.json lacks (translate them),
keys nl.json has and en.json no longer has (remove them), and keys whose English text the webjar of the
previous release had differently (check the Dutch text), when --previous is given.
"""
import argparse
import json
import pathlib
import re
import sys
import zipfile

APPS = ["tasklist", "cockpit", "admin", "welcome"]
ROOT = pathlib.Path(__file__).resolve().parent.parent
NL = str(ROOT / "src/main/resources/META-INF/resources/webjars/camunda/app/{app}/locales/nl.json")
EN = "META-INF/resources/webjars/camunda/app/{app}/locales/en.json"


def webjar_of_pom():
    version = re.search(r"<camunda.version>([^<]+)</camunda.version>", (ROOT / "pom.xml").read_text()).group(1)
    return (pathlib.Path.home() / ".m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar"
            / version / f"camunda-webapp-webjar-{version}.jar")


def english(jar, app):
    with zipfile.ZipFile(jar) as archive:
        return json.loads(archive.read(EN.format(app=app)).decode("utf-8-sig"))["labels"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("webjar", nargs="?", type=pathlib.Path, help="the webjar of the new Camunda version")
    parser.add_argument("--previous", type=pathlib.Path, help="the webjar of the version nl.json was made for")
    args = parser.parse_args()
    jar = args.webjar or webjar_of_pom()
    if not jar.exists():
        sys.exit(f"{jar} not found (run mvn dependency:resolve first)")
    changes = 0
    for app in APPS:
        en = english(jar, app)
        nl = json.loads(pathlib.Path(NL.format(app=app)).read_text(encoding="utf-8"))["labels"]
        added = [key for key in en if key not in nl]
        removed = [key for key in nl if key not in en]
        changed = []
        if args.previous:
            old = english(args.previous, app)
            changed = [key for key in en if key in old and key in nl and old[key] != en[key]]
        for title, keys in (("added (translate)", added), ("removed (delete)", removed),
                            ("English text changed (check)", changed)):
            for key in keys:
                print(f"{app}\t{title}\t{key}\t{en.get(key, nl.get(key))}")
        changes += len(added) + len(removed) + len(changed)
    print(f"{changes} change(s) against {jar.name}", file=sys.stderr)
    return 1 if changes else 0


if __name__ == "__main__":
    sys.exit(main())
