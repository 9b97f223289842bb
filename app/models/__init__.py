"""ORM models. Importing this package registers every table on Base.metadata."""

from app.models.base import Base
from app.models.cases import (
    Application,
    ApplicationArea,
    ApplicationProfessional,
    AreaAssignment,
    ChecklistAnswer,
    Completion,
    Deficiency,
    Notification,
    ShgmDecision,
    StateTransition,
)
from app.models.parties import (
    Facility,
    Professional,
    User,
    Vendor,
    VendorCertificate,
    VendorInfoChange,
    VendorOnboardingStep,
    VendorProduct,
    VendorStatusEvent,
    VendorWarning,
    WorkPermit,
)
from app.models.kts import (
    CompetenceCriteriaVersion,
    CompetenceDeclaration,
    TechnicalEvaluation,
    VendorAudit,
    VendorAuditFinding,
)
from app.models.permits import NumberSequence, Permit, PermitArea, PermitEvent, PermitRevision
from app.models.records import AuditCheckpoint, AuditEntry, AuditHead, Document, Notice, VerificationCheck
from app.models.reference import (
    Branch,
    Ek1Criterion,
    Ek1Version,
    FacilityType,
    Province,
    ReferenceDataset,
    SystemSetting,
    UshArea,
)
from app.models.service import ServiceLog, ServiceLogKey
from app.models.vendor_access import VendorAccessCode

__all__ = [
    "Base", "Application", "ApplicationArea", "ApplicationProfessional", "AreaAssignment", "ChecklistAnswer",
    "Completion", "Deficiency", "Notification", "ShgmDecision", "StateTransition", "Facility", "Professional",
    "User", "Vendor", "VendorOnboardingStep", "VendorProduct", "VendorStatusEvent", "VendorWarning",
    "WorkPermit", "NumberSequence", "Permit", "PermitArea", "PermitEvent", "PermitRevision", "AuditEntry",
    "AuditCheckpoint", "AuditHead", "Document", "Notice", "VerificationCheck", "VendorCertificate", "VendorInfoChange", "Branch", "Ek1Criterion",
    "Ek1Version", "FacilityType", "Province",
    "ReferenceDataset", "SystemSetting", "UshArea", "ServiceLog", "ServiceLogKey",
    "VendorAccessCode", "VendorAudit", "VendorAuditFinding", "CompetenceCriteriaVersion", "TechnicalEvaluation",
    "CompetenceDeclaration",
]
