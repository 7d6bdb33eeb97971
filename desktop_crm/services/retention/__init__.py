"""The retention lifecycle of fixed volumes: expiry, appraisal (keep or destroy), the destruction list
(销毁清册) approved by a manager and carried out by the custodian."""
