// The #Fields lines of the httperr layouts that Windows writes (12 to 18 fields), shared by the
// parser and loader tests.
#pragma once

inline const char *const kFields12 =
    "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri sc-status s-siteid "
    "s-reason";
inline const char *const kFields13 =
    "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri sc-status s-siteid "
    "s-reason s-queuename";
inline const char *const kFields14 =
    "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status "
    "s-siteid s-reason s-queuename";
inline const char *const kFields16 =
    "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid streamid_ex "
    "sc-status s-siteid s-reason s-queuename transport";
inline const char *const kFields18 =
    "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid streamid_ex "
    "sc-status s-siteid s-reason s-queuename transport fault-code extended-fault-code";
