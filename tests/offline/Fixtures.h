#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Publish settings files and management certificates made by the tests themselves: with
// Semina's OpenSSL certificate code for chosen validity windows (expired, not yet valid), and
// with the `openssl` command for files Semina did not write (modern and legacy PKCS#12).
namespace Semina::Test::Offline {

struct FixtureSubscription {
    QString id;
    QString name;
    QString certificateBase64; // schema 2: per subscription
};

// Base64 PKCS#12, empty password, for a certificate valid in [from, until].
QByteArray managementCertificate(const QDateTime &from, const QDateTime &until);
// Base64 PKCS#12 made by the openssl command: `legacy` uses RC2/3DES as older Azure files did;
// `password` protects it with a password. Empty when openssl is missing or fails.
QByteArray opensslManagementCertificate(bool legacy, const QString &password = {});

// Schema 1: one profile certificate, subscriptions with Id and Name only.
QByteArray schema1(const QByteArray &certificateBase64, const QList<FixtureSubscription> &subscriptions);
// Schema 2: each subscription with its own ServiceManagementUrl and certificate.
QByteArray schema2(const QList<FixtureSubscription> &subscriptions);
// A Web Deploy profile, as an App Service's "Get publish profile" gives.
QByteArray webDeployProfile();

// The secret part of a PKCS#8 private key (the EC scalar or the RSA private exponent) as
// big-endian bytes, to look for it where it must not be.
QByteArray privateComponent(const QByteArray &pkcs8Der);

// Runs a program and returns its standard output; empty on failure.
QByteArray runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {});

} // namespace Semina::Test::Offline
