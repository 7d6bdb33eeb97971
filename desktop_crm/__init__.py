"""Archive Desk (客户档案管理台): the customer archive custodian's desktop application."""

__version__ = "0.1.0"
