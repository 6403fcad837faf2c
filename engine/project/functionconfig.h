// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Bullpen {

// A Schedule or ScheduleV2 event of a function in the template: EventBridge
// invokes the function when the expression says. Bullpen fires it only while
// the user has turned it on (the project file), never by default.
struct ScheduleSource
{
    QString name; // the event's key under Events
    QString expression; // "rate(5 minutes)", "cron(0 12 * * ? *)"
    QString input; // Input: the event to send instead of the scheduled-event document
    bool enabled = true; // Enabled / State in the template (false: EventBridge would not fire it either)

    bool operator==(const ScheduleSource &) const = default;
};

// Where Lambda sends the record of an asynchronous invocation (EventInvokeConfig's
// DestinationConfig OnSuccess/OnFailure) or its event (DeadLetterQueue). Type
// "Lambda" names another function of the project (its logical id, or its name);
// "SQS", "SNS", "EventBridge" (and "S3Bucket") name a queue that Bullpen keeps on
// disk under that name, since no such service runs here.
struct AsyncDestination
{
    QString type; // "Lambda", "SQS", "SNS", "EventBridge", "S3Bucket"; empty: none
    QString target; // a function's logical id or name, or the queue's name (from an ARN, !GetAtt X.Arn, !Ref X)
    QString written; // the Destination / TargetArn as written, for people

    bool isSet() const { return !type.isEmpty(); }
    bool operator==(const AsyncDestination &) const = default;
};

// A layer of the project (AWS::Serverless::LayerVersion or AWS::Lambda::LayerVersion)
// that a function names in Layers: Lambda extracts it under /opt.
struct LayerConfig
{
    QString logicalId; // resource name in the template
    QString contentUri; // ContentUri (Content for AWS::Lambda::LayerVersion) as written
    QString contentPath; // absolute: the layer's folder, or a .zip of it
    QStringList compatibleRuntimes; // CompatibleRuntimes; empty: any
    int line = 0; // 1-based line of the resource

    bool operator==(const LayerConfig &) const = default;
};

// A function packaged as a container image (PackageType: Image), built from a
// Dockerfile as SAM's Metadata describes it, run with the image's ENTRYPOINT
// and CMD unless ImageConfig overrides them.
struct ImagePackage
{
    QString dockerfile; // Metadata.Dockerfile, relative to the context (default "Dockerfile")
    QString contextDirectory; // Metadata.DockerContext, absolute
    QString dockerTag; // Metadata.DockerTag (default "latest")
    QMap<QString, QString> buildArgs; // Metadata.DockerBuildArgs
    QStringList entryPoint; // ImageConfig.EntryPoint; empty: the image's
    QStringList command; // ImageConfig.Command; empty: the image's CMD
    QString workingDirectory; // ImageConfig.WorkingDirectory; empty: the image's
    QString name; // the image's repository: the logical id in lower case, as SAM tags it

    bool isImage() const { return !contextDirectory.isEmpty(); }
    // name:tag
    QString reference() const;

    bool operator==(const ImagePackage &) const = default;
};

// One function as the engine runs it: everything the warm pool, the invoker and
// the settings panel need, already merged with the template's Globals and with
// intrinsics resolved as far as they can be without a deployment.
struct FunctionConfig
{
    QString logicalId; // resource name in the template
    QString functionName; // FunctionName property, else logicalId
    QString handler; // "app.lambda_handler"
    QString runtime; // "python3.12", "nodejs20.x", "provided.al2023", ...
    QString codeUri; // as written
    QString codeDirectory; // absolute path (template dir + CodeUri; template dir if none)
    int memorySizeMb = 128; // SAM/Lambda default 128
    int timeoutSeconds = 3; // default 3
    int ephemeralStorageMb = 512; // EphemeralStorage.Size
    QMap<QString, QString> environment; // Environment.Variables (values as strings)
    QStringList architectures { QStringLiteral("x86_64") };
    QStringList layers; // Layers: the logical ids of its layers, Globals' first, as Lambda applies them
    QList<LayerConfig> layerVersions; // the same layers, resolved (later ones overwrite earlier ones in /opt)
    int reservedConcurrentExecutions = -1; // ReservedConcurrentExecutions; -1: none (0 throttles every call)
    int provisionedConcurrentExecutions = 0; // ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions
    QString autoPublishAlias; // AutoPublishAlias: provisioned concurrency applies to it only
    // SnapStart: { ApplyOn: PublishedVersions }: cold starts restore a snapshot
    // of the initialised runtime (the runc backend as root; see OciBackend).
    // As on Lambda, for published versions only, never $LATEST (SnapStartUse).
    // ApplyOn: None (or no SnapStart) leaves it off.
    bool snapStart = false;
    QList<ScheduleSource> schedules; // Schedule / ScheduleV2 events
    ImagePackage image; // PackageType: Image; then runtime and handler are empty, codeDirectory is the context
    // Asynchronous invocations (EventInvokeConfig, DeadLetterQueue): Lambda's defaults.
    int maximumRetryAttempts = 2; // EventInvokeConfig.MaximumRetryAttempts, 0-2
    int maximumEventAgeSeconds = 21600; // EventInvokeConfig.MaximumEventAgeInSeconds, 60-21600
    AsyncDestination onSuccess; // EventInvokeConfig.DestinationConfig.OnSuccess
    AsyncDestination onFailure; // EventInvokeConfig.DestinationConfig.OnFailure
    AsyncDestination deadLetterQueue; // DeadLetterQueue (Type SQS or SNS, TargetArn)
    int line = 0; // 1-based line of the resource in the file (for messages and "go to")

    bool operator==(const FunctionConfig &) const = default;
};

// A problem with a project, precise enough to act on: where (file, 1-based line
// and column when known), what, and how to fix it.
struct ProjectError
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    QString hint;

    // "template.yaml:12:5: message (hint)"; line and column are left out when unknown.
    QString toString() const;
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::FunctionConfig)
Q_DECLARE_METATYPE(Bullpen::ProjectError)
