// generated — do not edit, run `pnpm codegen` (source: packages/spec/openapi/)
/* eslint-disable */

import type { OperationHost, OperationInfo, TaskFamilyInfo, TaskRules } from "../semantics"

/** The default server of each host. */
export const servers = {
  "api": "https://api.kie.ai",
  "upload": "https://kieai.redpandaai.co"
} as const satisfies Record<OperationHost, string>

/** Every operation of the spec (`x-kie-operation`), by operationId. */
export const operationTable = {
  "fluxKontextGenerate": {
    "name": "fluxKontext.generate",
    "method": "POST",
    "path": "/api/v1/flux/kontext/generate",
    "host": "api",
    "family": "flux-kontext",
    "role": "create",
    "body": "json"
  },
  "fluxKontextRecordInfo": {
    "name": "fluxKontext.get",
    "method": "GET",
    "path": "/api/v1/flux/kontext/record-info",
    "host": "api",
    "family": "flux-kontext",
    "role": "read"
  },
  "gpt4oImageGenerate": {
    "name": "gpt4oImage.generate",
    "method": "POST",
    "path": "/api/v1/gpt4o-image/generate",
    "host": "api",
    "family": "gpt4o-image",
    "role": "create",
    "body": "json"
  },
  "gpt4oImageRecordInfo": {
    "name": "gpt4oImage.get",
    "method": "GET",
    "path": "/api/v1/gpt4o-image/record-info",
    "host": "api",
    "family": "gpt4o-image",
    "role": "read"
  },
  "gpt4oImageDownloadUrl": {
    "name": "gpt4oImage.downloadUrl",
    "method": "POST",
    "path": "/api/v1/gpt4o-image/download-url",
    "host": "api",
    "family": "gpt4o-image",
    "role": "link",
    "body": "json"
  },
  "marketCreateTask": {
    "name": "market.createTask",
    "method": "POST",
    "path": "/api/v1/jobs/createTask",
    "host": "api",
    "family": "market",
    "role": "create",
    "body": "json"
  },
  "marketRecordInfo": {
    "name": "market.get",
    "method": "GET",
    "path": "/api/v1/jobs/recordInfo",
    "host": "api",
    "family": "market",
    "role": "read"
  },
  "getCredits": {
    "name": "credits",
    "method": "GET",
    "path": "/api/v1/chat/credit",
    "host": "api",
    "family": "common",
    "role": "account"
  },
  "commonDownloadUrl": {
    "name": "downloadUrl",
    "method": "POST",
    "path": "/api/v1/common/download-url",
    "host": "api",
    "family": "common",
    "role": "link",
    "body": "json"
  },
  "uploadFileBase64": {
    "name": "files.uploadBase64",
    "method": "POST",
    "path": "/api/file-base64-upload",
    "host": "upload",
    "family": "file-upload",
    "role": "upload",
    "body": "json"
  },
  "uploadFileStream": {
    "name": "files.uploadStream",
    "method": "POST",
    "path": "/api/file-stream-upload",
    "host": "upload",
    "family": "file-upload",
    "role": "upload",
    "body": "multipart"
  },
  "uploadFileUrl": {
    "name": "files.uploadUrl",
    "method": "POST",
    "path": "/api/file-url-upload",
    "host": "upload",
    "family": "file-upload",
    "role": "upload",
    "body": "json"
  }
} as const satisfies Record<string, OperationInfo>

/** The account-wide create limit (`x-kie-limits`): `creates` per `createWindowMs`. */
export const limits = {
  "creates": 20,
  "createWindowMs": 10000
} as const

/** Every task family: its operations and how its records are read (`x-kie-task`). */
export const taskFamilies = {
  "flux-kontext": {
    "create": "fluxKontextGenerate",
    "read": "fluxKontextRecordInfo",
    "link": "commonDownloadUrl",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "successFlag",
          "values": {
            "0": "running",
            "1": "succeeded",
            "2": {
              "status": "failed",
              "code": "CREATE_TASK_FAILED",
              "message": "KIE could not create the generation task"
            },
            "3": {
              "status": "failed",
              "code": "GENERATE_FAILED",
              "message": "The generation failed"
            }
          }
        }
      ],
      "outputs": [
        "response.resultImageUrl"
      ],
      "failure": {
        "code": [
          "errorCode"
        ],
        "message": [
          "errorMessage"
        ]
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ],
      "model": [
        "model",
        "paramJson.$json.model"
      ]
    }
  },
  "gpt4o-image": {
    "create": "gpt4oImageGenerate",
    "read": "gpt4oImageRecordInfo",
    "link": "gpt4oImageDownloadUrl",
    "pollIntervalMs": 334,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "status",
          "values": {
            "generating": "running",
            "success": "succeeded",
            "create_task_failed": {
              "status": "failed",
              "code": "CREATE_TASK_FAILED",
              "message": "KIE could not create the generation task"
            },
            "generate_failed": {
              "status": "failed",
              "code": "GENERATE_FAILED",
              "message": "The generation failed"
            }
          }
        },
        {
          "path": "successFlag",
          "values": {
            "0": "running",
            "1": "succeeded",
            "2": {
              "status": "failed",
              "code": "CREATE_TASK_FAILED",
              "message": "KIE could not create the generation task"
            },
            "3": {
              "status": "failed",
              "code": "GENERATE_FAILED",
              "message": "The generation failed"
            }
          }
        }
      ],
      "progress": {
        "path": "progress",
        "scale": "fraction"
      },
      "outputs": [
        "response.resultUrls",
        "response.result_urls"
      ],
      "failure": {
        "code": [
          "errorCode"
        ],
        "message": [
          "errorMessage"
        ]
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ],
      "model": [
        "model",
        "paramJson.$json.model"
      ]
    }
  },
  "market": {
    "create": "marketCreateTask",
    "read": "marketRecordInfo",
    "link": "commonDownloadUrl",
    "pollIntervalMs": 100,
    "record": {
      "taskId": [
        "taskId"
      ],
      "status": [
        {
          "path": "state",
          "values": {
            "waiting": "queued",
            "queuing": "queued",
            "generating": "running",
            "success": "succeeded",
            "fail": "failed"
          }
        }
      ],
      "progress": {
        "path": "progress",
        "scale": "auto"
      },
      "outputs": [
        "resultJson.$json.resultUrls"
      ],
      "result": [
        "resultJson.$json.resultObject"
      ],
      "failure": {
        "code": [
          "failCode"
        ],
        "message": [
          "failMsg"
        ],
        "default": {
          "code": "FAILED",
          "message": "The Market task failed"
        }
      },
      "createdAt": [
        "createTime"
      ],
      "completedAt": [
        "completeTime"
      ],
      "model": [
        "model",
        "param.$json.model"
      ]
    }
  }
} as const satisfies Record<string, TaskFamilyInfo>

/** How each family's callback body is read (`x-kie-task` of its webhook). */
export const callbackRules = {
  "flux-kontext": {
    "taskId": [
      "data.taskId",
      "data.task_id"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "succeeded",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      }
    ],
    "outputs": [
      "data.info.resultImageUrl"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  },
  "gpt4o-image": {
    "taskId": [
      "data.taskId",
      "data.task_id"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "succeeded",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      }
    ],
    "outputs": [
      "data.info.result_urls",
      "data.info.resultUrls"
    ],
    "failure": {
      "message": [
        "msg",
        "message"
      ],
      "default": {
        "message": "KIE reported failure code {code}"
      }
    }
  },
  "market": {
    "taskId": [
      "data.taskId",
      "data.task_id"
    ],
    "status": [
      {
        "path": "code",
        "values": {
          "200": "pass",
          "*": {
            "status": "failed",
            "code": "$value"
          }
        }
      },
      {
        "path": "data.state",
        "values": {
          "waiting": "queued",
          "queuing": "queued",
          "generating": "running",
          "success": "succeeded",
          "fail": "failed"
        }
      },
      {
        "path": "code",
        "values": {
          "200": "succeeded"
        }
      }
    ],
    "progress": {
      "path": "data.progress",
      "scale": "auto"
    },
    "outputs": [
      "data.resultJson.$json.resultUrls"
    ],
    "result": [
      "data.resultJson.$json.resultObject"
    ],
    "failure": {
      "code": [
        "data.failCode"
      ],
      "message": [
        "data.failMsg",
        "msg",
        "message"
      ],
      "default": {
        "code": "FAILED",
        "message": "The Market task failed"
      }
    },
    "createdAt": [
      "data.createTime"
    ],
    "completedAt": [
      "data.completeTime"
    ],
    "model": [
      "data.model",
      "data.param.$json.model"
    ]
  }
} as const satisfies Record<string, TaskRules>
