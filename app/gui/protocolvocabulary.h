#pragma once

#include <QString>

#include <string>

// Translates the words protocols and the engine hand to the app (parameter labels and
// descriptions, role and timer names) through the "Protocol" translation context.
QString protocolText(const std::string &text);
