# syntax=docker/dockerfile:1

# npm packages (package-lock.json): the form-js viewer that the dossier page renders task forms with.
FROM node:20 AS npm
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# Build stage: the same Maven build as on a developer machine; the tests run in CI, not here.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY --from=npm /build/node_modules/@bpmn-io/form-js/dist ./node_modules/@bpmn-io/form-js/dist
COPY pom.xml ./
COPY src ./src
COPY processes ./processes
COPY forms ./forms
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -DskipTests package \
    && cp target/ketenregie-*.jar /build/ketenregie.jar

# Runtime stage: JRE only, running as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 ketenregie \
    && useradd --system --uid 10001 --gid ketenregie --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin ketenregie
WORKDIR /app
COPY --from=build /build/ketenregie.jar /app/ketenregie.jar
# ./data is only used by the embedded H2 default; with the postgres profile it stays empty.
RUN mkdir /app/data && chown ketenregie:ketenregie /app/data
USER 10001:10001
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/ketenregie.jar"]
