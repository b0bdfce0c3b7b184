#pragma once

#include <QCoreApplication>

// The translation context of every message aegis-cli prints, so that translators find the
// command line's strings together.
struct AegisCli
{
    Q_DECLARE_TR_FUNCTIONS(AegisCli)
};
