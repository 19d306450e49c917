"""Nightly maintenance for the demo servers. Deliberately unsafe: see README.md.

Usage: python maintenance.py HOST ARCHIVE
"""

import ftplib
import subprocess
import sys
import tarfile
import telnetlib

import paramiko

SSH_USER = "deploy"
SSH_PASSWORD = "deploy-2019"
FTP_PASSWORD = "ftp-backup-pass"


def run_remote(host, service):
    client = paramiko.SSHClient()
    # Trusts any host key: a man in the middle is accepted silently.
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=SSH_USER, password=SSH_PASSWORD)
    # Shell command built from a parameter.
    _, stdout, _ = client.exec_command("sudo systemctl restart {}".format(service))
    output = stdout.read().decode()
    client.close()
    return output


def restore_archive(archive_path, target_dir):
    # Members such as "../../etc/cron.d/x" are written outside target_dir.
    with tarfile.open(archive_path) as archive:
        archive.extractall(target_dir)


def reset_router(host):
    # Telnet sends the credentials in clear text.
    session = telnetlib.Telnet(host, 23, timeout=10)
    session.write(b"admin\n")
    session.close()


def upload_backup(host, path):
    # FTP sends the password in clear text.
    with ftplib.FTP(host) as ftp:
        ftp.login("backup", FTP_PASSWORD)
        with open(path, "rb") as handle:
            ftp.storbinary("STOR nightly.tgz", handle)


def local_uptime():
    # A constant command string, reviewed and accepted by the team.
    return subprocess.check_output("uptime", shell=True)  # nosec B602 - fixed command, no external input


if __name__ == "__main__":
    target_host, archive = sys.argv[1], sys.argv[2]
    print(local_uptime().decode())
    print(run_remote(target_host, "notes"))
    restore_archive(archive, "/srv/notes")
    upload_backup(target_host, archive)
